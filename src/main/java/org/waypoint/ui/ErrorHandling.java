package org.waypoint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.waypoint.common.ConflictException;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.common.StaleVersionException;

/**
 * One handler for anything a screen did not handle itself: the user gets a plain message, the log gets the detail,
 * and the screen stays as it was, so nothing typed is lost.
 */
@Configuration
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final String STALE = "Someone else saved this record after you opened it. "
            + "Your text is still on the screen: copy it, reload, and apply it again.";

    @Bean
    VaadinServiceInitListener errorHandlerInstaller() {
        return event -> event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            // The browser went away mid-answer (tab closed, network lost, a load balancer's timeout): nobody to tell.
            if (brokenConnection(error.getThrowable())) {
                log.debug("The browser closed the connection", error.getThrowable());
                return;
            }
            Throwable cause = rootDomainCause(error.getThrowable());
            String message = switch (cause) {
                case InvalidInputException e -> e.problems().isEmpty() ? "Some fields need attention."
                        : e.problems().getFirst().message();
                case NotFoundException e -> "That record is not there, or you do not have access to it.";
                case AccessDeniedException e -> "Your role does not allow this.";
                case ConflictException e -> e.getMessage();
                case StaleVersionException _, OptimisticLockingFailureException _ -> STALE;
                default -> {
                    log.error("Unexpected error in a screen", error.getThrowable());
                    yield "Something went wrong on our side. What you typed is still on the screen; please try again.";
                }
            };
            error.getComponent().flatMap(Component::getUI).ifPresentOrElse(
                    ui -> ui.access(() -> Notifications.problem(message)),
                    () -> {
                        // Errors while writing the page itself happen before there is a UI to show them in.
                        if (UI.getCurrent() != null) {
                            Notifications.problem(message);
                        }
                    });
        }));
    }

    private static boolean brokenConnection(Throwable thrown) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (current instanceof ClientAbortException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootDomainCause(Throwable thrown) {
        Throwable current = thrown;
        while (current != null) {
            if (current instanceof InvalidInputException || current instanceof NotFoundException
                    || current instanceof AccessDeniedException || current instanceof ConflictException
                    || current instanceof StaleVersionException || current instanceof OptimisticLockingFailureException) {
                return current;
            }
            current = current.getCause();
        }
        return thrown;
    }
}

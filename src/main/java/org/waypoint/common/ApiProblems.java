package org.waypoint.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error from the REST API as an RFC 9457 problem detail. Bad input names each failing field in
 * {@code errors}; nothing ever shows a stack trace or SQL.
 * <ul>
 *   <li>400: the request cannot be read (malformed JSON, a wrong type, an unknown enum value);</li>
 *   <li>422: it was read, and the rules refuse it;</li>
 *   <li>404: no such record, or one the caller may not see;</li>
 *   <li>409: it clashes with the current state (a duplicate, a plan no longer submitted, a closed case);</li>
 *   <li>412: someone else saved the record first. One rule whichever way the race was lost: an old version in
 *       {@code If-Match} or in the body, or two saves that passed that check at the same instant and met at the
 *       database's version column (possibly on two nodes). The answer carries {@code currentVersion} and the
 *       caller's own request as {@code submitted}, so nothing typed is lost.</li>
 * </ul>
 */
@RestControllerAdvice(basePackages = "org.waypoint")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final EntityManagerFactory entities;

    ApiProblems(EntityManagerFactory entities) {
        this.entities = entities;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Some fields need attention.", e.problems());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail stale(StaleVersionException e, HttpServletRequest request) {
        return staleProblem(e.getMessage() + ".", e.currentVersion(), request);
    }

    @ExceptionHandler
    ProblemDetail lockFailure(OptimisticLockingFailureException e, HttpServletRequest request) {
        return staleProblem("Someone else saved this record at the same time as you.", currentVersion(e), request);
    }

    /** A row lock not granted in time: the record is being saved by someone else right now. */
    @ExceptionHandler
    ProblemDetail busy(PessimisticLockingFailureException e, HttpServletRequest request) {
        return withSubmitted(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else is saving this record right now. Try again in a moment."), request);
    }

    private static ProblemDetail staleProblem(@Nullable String detail, @Nullable Long currentVersion,
                                              HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                detail + " Your change was not saved; it is in \"submitted\". Read the record again (its ETag is "
                        + "the current version), then apply your change to it.");
        problem.setProperty("currentVersion", currentVersion);
        return withSubmitted(problem, request);
    }

    /** The caller's own request, when it had a body, so that a refused save hands back what was typed. */
    private static ProblemDetail withSubmitted(ProblemDetail problem, HttpServletRequest request) {
        Object submitted = SubmittedBodies.of(request);
        if (submitted != null) {
            problem.setProperty("submitted", submitted);
        }
        return problem;
    }

    /** The version now stored of the record whose save lost, read afresh (the losing transaction is gone). */
    private @Nullable Long currentVersion(OptimisticLockingFailureException e) {
        if (!(e instanceof ObjectOptimisticLockingFailureException lost) || lost.getIdentifier() == null) {
            return null;
        }
        try (EntityManager reader = entities.createEntityManager()) {
            Class<?> type = lost.getPersistentClass() != null ? lost.getPersistentClass()
                    : Class.forName(lost.getPersistentClassName());
            Object stored = reader.find(type, lost.getIdentifier());
            return stored != null && entities.getPersistenceUnitUtil().getVersion(stored) instanceof Number n
                    ? n.longValue() : null;
        } catch (ClassNotFoundException | IllegalArgumentException | PersistenceException notAnEntity) {
            return null;
        }
    }

    @ExceptionHandler
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "This clashes with a record that already exists.");
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unauthenticated(AuthenticationCredentialsNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Sign in first.");
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(HttpStatus.BAD_REQUEST, "A parameter has the wrong form.",
                List.of(FieldProblem.of(e.getName(), "Not a valid " + simpleType(e.getRequiredType()))));
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing you sent was lost; please try again.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem problem = FieldProblem.of("body", "The request body is not valid JSON");
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                problem = unreadableField(jackson);
                break;
            }
        }
        return ResponseEntity.badRequest()
                .body(withErrors(HttpStatus.BAD_REQUEST, "The request could not be read.", List.of(problem)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), f.getDefaultMessage() == null ? "Invalid" : f.getDefaultMessage()))
                .toList();
        return ResponseEntity.unprocessableContent()
                .body(withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Some fields need attention.", problems));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(error -> FieldProblem.of(
                        r.getMethodParameter().getParameterName() == null ? "parameter" : r.getMethodParameter().getParameterName(),
                        error.getDefaultMessage() == null ? "Invalid" : error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest()
                .body(withErrors(HttpStatus.BAD_REQUEST, "A parameter has the wrong form.", problems));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, "A parameter is missing.",
                List.of(FieldProblem.of(e.getParameterName(), "Required"))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(withErrors(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON with Content-Type: application/json.",
                List.of(FieldProblem.of("Content-Type", "Must be application/json"))));
    }

    private static FieldProblem unreadableField(JacksonException e) {
        StringBuilder path = new StringBuilder();
        Integer lastIndex = null;
        String lastProperty = "body";
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
                lastProperty = ref.getPropertyName();
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
                lastIndex = ref.getIndex();
            }
        }
        String message = e.getOriginalMessage() != null && e.getOriginalMessage().contains("not one of the values accepted")
                ? "Not one of the accepted values"
                : "Has the wrong type or form";
        return new FieldProblem(null, lastIndex, lastIndex == null ? path.toString() : lastProperty, message);
    }

    private static String simpleType(@Nullable Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "id";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Long", "long", "Integer", "int" -> "whole number";
            default -> type.getSimpleName();
        };
    }

    private static ProblemDetail withErrors(HttpStatus status, String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", problems);
        return problem;
    }
}

package org.waypoint.common;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps each request's body as read, so that a refused save can send the caller's own text back in the problem
 * detail ({@code submitted}): whoever loses a race to save a record gets back what they typed, not only a status.
 */
@ControllerAdvice(basePackages = "org.waypoint")
class SubmittedBodies extends RequestBodyAdviceAdapter {

    private static final String ATTRIBUTE = SubmittedBodies.class.getName();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(ATTRIBUTE, body);
        }
        return body;
    }

    static @Nullable Object of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE);
    }
}

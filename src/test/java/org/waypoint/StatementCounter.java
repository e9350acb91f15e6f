package org.waypoint;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements a piece of work prepares on the current thread, so tests can prove a screen or an
 * endpoint costs a fixed, small number of queries however much data there is (no N+1).
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Runs the work and returns how many statements it prepared. */
    public static int statementsIn(Runnable work) {
        return counting(() -> {
            work.run();
            return null;
        }).statements();
    }

    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> counting(Supplier<T> work) {
        int[] counter = {0};
        COUNT.set(counter);
        try {
            T result = work.get();
            return new Counted<>(result, counter[0]);
        } finally {
            COUNT.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    forward(dataSource, (target, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection connection && method.getName().startsWith("getConnection")
                                ? Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                forward(connection, (c, m, a) -> {
                                    int[] counter = COUNT.get();
                                    if (counter != null && STATEMENTS.contains(m.getName())) {
                                        counter[0]++;
                                    }
                                    return invoke(c, m, a);
                                }))
                                : result;
                    }));
        }
        return bean;
    }

    private interface Call {
        Object on(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static InvocationHandler forward(Object target, Call call) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return target;
            }
            return call.on(target, method, args);
        };
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

package app.keel.support;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Records which service methods a test called directly (the outermost service call, not the services that one
 * calls in turn), so the tenancy matrix knows what its cases really cover instead of trusting a hand-kept list.
 * Runs before the security and transaction interceptors, so a call refused by {@code @PreAuthorize} still counts.
 * Idle unless a test arms it.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceCallRecorder {

    private static final Set<String> CALLED = new ConcurrentSkipListSet<>();
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
    private static volatile boolean armed;

    public static void arm() {
        CALLED.clear();
        armed = true;
    }

    public static Set<String> disarm() {
        armed = false;
        return Set.copyOf(CALLED);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceCallRecordingAdvisor() {
        StaticMethodMatcherPointcut publicServiceMethods = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                Class<?> type = ClassUtils.getUserClass(targetClass);
                return type.getPackageName().startsWith("app.keel") && ServiceMethods.isBoundary(type)
                        && Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class;
            }
        };
        MethodInterceptor record = invocation -> {
            int depth = DEPTH.get();
            if (armed && depth == 0 && invocation.getThis() != null) {
                Class<?> type = ClassUtils.getUserClass(invocation.getThis());
                CALLED.add(ServiceMethods.key(type, AopUtils.getMostSpecificMethod(invocation.getMethod(), type)));
            }
            DEPTH.set(depth + 1);
            try {
                return invocation.proceed();
            } finally {
                DEPTH.set(depth);
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(publicServiceMethods, record);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}

package app.keel.audit;

import app.keel.base.NotFoundException;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Audits every "not found" and "denied" that leaves a public method of a {@code …Service}: the security boundary,
 * where probing for other people's records shows. Only the outermost service call is audited (a refusal passed up
 * through two services is one refusal), and the advice runs outside the security and transaction interceptors, so
 * a call refused by {@code @PreAuthorize} is audited too, after its transaction rolled back.
 */
@Configuration(proxyBeanMethods = false)
class RefusalAuditing {

    static final String NOT_FOUND = "NOT_FOUND";
    static final String ACCESS_REFUSED = "ACCESS_REFUSED";
    private static final Logger LOG = LoggerFactory.getLogger(RefusalAuditing.class);
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusalAuditingAdvisor(ObjectProvider<AuditTrail> trail) {
        StaticMethodMatcherPointcut serviceBoundary = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                Class<?> type = ClassUtils.getUserClass(targetClass);
                return type.getPackageName().startsWith("app.keel.") && type.getSimpleName().endsWith("Service")
                        && type.isAnnotationPresent(Service.class) && Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class;
            }
        };
        MethodInterceptor audit = invocation -> {
            int depth = DEPTH.get();
            DEPTH.set(depth + 1);
            try {
                return invocation.proceed();
            } catch (NotFoundException | AccessDeniedException refused) {
                if (depth == 0) {
                    Class<?> type = ClassUtils.getUserClass(invocation.getThis());
                    try {
                        trail.getObject().refused(refused instanceof NotFoundException ? NOT_FOUND : ACCESS_REFUSED,
                                type.getSimpleName() + "." + invocation.getMethod().getName(),
                                firstId(invocation.getArguments()));
                    } catch (RuntimeException auditFailed) {
                        // The call is refused either way; the caller must see the refusal, not the audit problem.
                        LOG.error("Could not audit a refused call to {}", type.getSimpleName(), auditFailed);
                    }
                }
                throw refused;
            } finally {
                if (depth == 0) {
                    DEPTH.remove();
                } else {
                    DEPTH.set(depth);
                }
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(serviceBoundary, audit);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return advisor;
    }

    /** The record the call named, when its first argument is an id. */
    private static Long firstId(Object[] arguments) {
        return arguments.length > 0 && arguments[0] instanceof Long id ? id : null;
    }
}

package app.keel.support;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public methods of every {@code @Service} class named {@code …Service}: the security boundary that
 * {@code TenancyMatrixIT} must cover. Found by scanning, so a method added tomorrow is on the list tomorrow.
 */
public final class ServiceMethods {

    private ServiceMethods() {
    }

    /** Keys such as {@code AccountService#inviteClient(long)} for every service under the package. */
    public static Set<String> publicMethods(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> keys = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (!isBoundary(type)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                        && !method.isBridge()) {
                    keys.add(key(type, method));
                }
            }
        }
        return keys;
    }

    /** Whether calls on this class are part of the boundary (an {@code @Service} named {@code …Service}). */
    public static boolean isBoundary(Class<?> type) {
        return type.isAnnotationPresent(Service.class) && type.getSimpleName().endsWith("Service");
    }

    public static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "#" + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    /** The methods of {@code all} that no case called, in order: the message a failing matrix shows. */
    public static Set<String> uncovered(Set<String> all, Set<String> called) {
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(called);
        return missing;
    }
}

package org.db3311.sgc.core.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * Runs every call of a use-case interface in a unit of work: the composition root hands callers
 * these wrappers, so each use case is exactly one unit (a call made inside another joins it).
 */
public final class Transactional {

  private Transactional() {}

  /** {@code target} seen through {@code type}, each call in its own unit of {@code unitOfWork}. */
  public static <I> I wrap(UnitOfWork unitOfWork, Class<I> type, I target) {
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    Objects.requireNonNull(target, "target");
    if (!type.isInterface()) {
      throw new IllegalArgumentException(type + " is not an interface");
    }
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, method, args, type, target);
              }
              return unitOfWork.inTransaction(() -> call(method, target, args));
            });
    return type.cast(proxy);
  }

  private static Object call(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  private static Object objectMethod(
      Object self, Method method, Object[] args, Class<?> type, Object target) {
    return switch (method.getName()) {
      case "equals" -> self == args[0];
      case "hashCode" -> System.identityHashCode(self);
      case "toString" -> type.getSimpleName() + " in units of work over " + target;
      default -> throw new UnsupportedOperationException(method.getName());
    };
  }
}

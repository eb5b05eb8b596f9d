package org.db3311.sgc.adapter.sms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.db3311.sgc.core.common.Notification;

/**
 * The zh-CN message templates, from the resource bundle {@code
 * org.db3311.sgc.adapter.sms.SmsTemplates} (UTF-8 properties): {@code supplement}, {@code result},
 * {@code video-invitation}, {@code survey}, {@code guidance-supervision} and {@code generic}, the
 * last for a notification without a template. A template's {@code {field}} is the notification's
 * template value of that name; {@code {reference}}, {@code {subject}} and {@code {body}} are always
 * available.
 */
public final class SmsTemplates {

  /** The bundle's base name. */
  public static final String BUNDLE = "org.db3311.sgc.adapter.sms.SmsTemplates";

  private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z][A-Za-z0-9-]*)\\}");

  private final Map<String, String> templates;

  private SmsTemplates(Map<String, String> templates) {
    this.templates = Collections.unmodifiableMap(templates);
  }

  /** The templates shipped with the adapter. */
  public static SmsTemplates zhCn() {
    ResourceBundle b;
    try {
      b = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "the SMS templates " + BUNDLE + " are not on the class path", e);
    }
    Map<String, String> t = new LinkedHashMap<>();
    for (String key : b.keySet()) {
      t.put(key, b.getString(key));
    }
    if (!t.containsKey("generic")) {
      throw new IllegalStateException("the SMS templates have no 'generic' template");
    }
    return new SmsTemplates(t);
  }

  /** The template keys. */
  public Set<String> keys() {
    return templates.keySet();
  }

  /** The key {@code n} is sent with: its template's, or {@code generic}. */
  public String keyFor(Notification n) {
    return n.template().map(Notification.Template::key).orElse("generic");
  }

  /** The values {@code n}'s template is filled with. */
  public Map<String, String> valuesFor(Notification n) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("reference", n.reference());
    if (n.template().isEmpty()) {
      v.put("subject", n.subject());
      v.put("body", n.body());
    } else {
      v.putAll(n.template().get().values());
    }
    return v;
  }

  /**
   * The text of {@code n}.
   *
   * @throws IllegalArgumentException when there is no such template or a field has no value (the
   *     message names the template and the field, never a value)
   */
  public String render(Notification n) {
    String key = keyFor(n);
    String template = templates.get(key);
    if (template == null) {
      throw new IllegalArgumentException("no SMS template '" + key + "'");
    }
    Map<String, String> values = valuesFor(n);
    values.putIfAbsent("subject", n.subject());
    values.putIfAbsent("body", n.body());
    Matcher m = FIELD.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "SMS template '" + key + "' needs the field '" + m.group(1) + "'");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return Objects.requireNonNull(out.toString());
  }
}

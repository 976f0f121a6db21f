package io.interdict.casework.domain.model.cases;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An analyst work queue ({@code dprk}, {@code sanctions}, {@code vessels}...): which team works a case. The
 * prioritisation table chooses it; queue names are short lower-case words, as the table and the API write them.
 */
public record Queue(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    public Queue {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a queue name is 1 to 50 lower-case letters, digits or hyphens, not '"
                    + name + "'");
        }
    }

    /** Whether the text is a queue name, for input checked before it becomes one. */
    public static boolean isName(String text) {
        return text != null && NAME.matcher(text).matches();
    }

    @Override
    public String toString() {
        return name;
    }
}

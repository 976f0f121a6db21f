package io.interdict.screening.domain.model.entry;

import java.util.Objects;

/**
 * One name of a list entry exactly as the list writes it, with its strength.
 *
 * @param text     the name as written in the list file (for individuals often {@code SURNAME, Given})
 * @param strength primary, strong alias or weak alias
 * @param kind     the list's own qualifier when it gives one ({@code a.k.a.}, {@code f.k.a.}, {@code n.k.a.},
 *                 {@code original script}); empty string when none
 */
public record EntryName(String text, NameStrength strength, String kind) {

    public EntryName {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(strength, "strength");
        text = text.strip();
        kind = kind == null ? "" : kind.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a listed name cannot be blank");
        }
    }

    public static EntryName primary(String text) {
        return new EntryName(text, NameStrength.PRIMARY, "");
    }

    public static EntryName strong(String text, String kind) {
        return new EntryName(text, NameStrength.STRONG, kind);
    }

    public static EntryName weak(String text) {
        return new EntryName(text, NameStrength.WEAK, "a.k.a.");
    }

    public boolean isWeak() {
        return strength == NameStrength.WEAK;
    }
}

package org.sendacc.rules.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.sendacc.reference.LocalAuthority;

/**
 * Matches a local authority written by name, as people write them in files that give no code ("Bristol", "Durham",
 * "Telford & Wrekin", "Kingston upon Hull"), to the one LA of the reference tables in use on a day. In order, the
 * first rule that finds exactly one LA wins:
 *
 * <ol>
 *   <li>the same name, ignoring case, punctuation, "&amp;" for "and", and DfE's ", City of" or ", County of";
 *   <li>the only LA whose name begins with the given one ("Brighton" is Brighton and Hove);
 *   <li>the only LA whose name ends with it ("Durham" is County Durham).
 * </ol>
 *
 * A name that no rule matches to exactly one LA is not matched: the caller rejects the row, naming it.
 */
public final class LaNames {
    private LaNames() {}

    /** The name in lower-case words: "Bristol, City of" is "bristol", "Telford &amp; Wrekin" "telford and wrekin". */
    public static String plain(String name) {
        return name.toLowerCase(Locale.UK)
                .replace("&", " and ")
                .replaceAll("[^a-z]+", " ")
                .strip()
                .replaceAll(" (city|county) of$", "");
    }

    /** The one LA in use on the day that the name matches, or null. */
    public static LocalAuthority match(Collection<LocalAuthority> authorities, String name, LocalDate on) {
        String wanted = plain(name);
        if (wanted.isEmpty()) {
            return null;
        }
        List<LocalAuthority> current = authorities.stream()
                .filter(la -> (la.validFrom() == null || !la.validFrom().isAfter(on))
                        && (la.validTo() == null || !la.validTo().isBefore(on)))
                .toList();
        for (Predicate<String> rule : List.<Predicate<String>>of(
                plainName -> plainName.equals(wanted),
                plainName -> plainName.startsWith(wanted + " "),
                plainName -> plainName.endsWith(" " + wanted))) {
            List<LocalAuthority> found =
                    current.stream().filter(la -> rule.test(plain(la.name()))).toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                return null;
            }
        }
        return null;
    }
}

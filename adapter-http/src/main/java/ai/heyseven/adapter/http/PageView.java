package ai.heyseven.adapter.http;

import ai.heyseven.ports.casino.Branding;
import ai.heyseven.ports.casino.CasinoConfig;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chat page's HTML and its Content-Security-Policy, from the template in the jar: a property's
 * own page (its name, colours, logo and icon; framed only by its own sites) or the development page
 * with every property in a picker. The page's script reads the properties from a JSON data block,
 * written with {@code <}, {@code >} and {@code &} escaped so no text of a configuration can end it.
 */
final class PageView {
    static final String HEY_SEVEN = "Hey Seven";
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; img-src ";
    static final String STRICT_POLICY = POLICY + "'self'; frame-ancestors 'none'";

    private final String template;

    PageView(String template) {
        this.template = template;
    }

    /** An HTML page and the policy it is served with. */
    record Rendered(String html, String securityPolicy) { }

    /** {@code casino}'s own page: no picker; framed by its {@code frame_origins} and no other site. */
    Rendered pinned(CasinoConfig casino) {
        Branding brand = casino.branding();
        String logo = brand.logoUrl().isEmpty()
                ? "<span class=\"logo monogram\" aria-hidden=\"true\">" + escape(initials(casino.displayName())) + "</span>"
                : "<img class=\"logo\" src=\"" + escape(brand.logoUrl()) + "\" alt=\"\">";
        String favicon = brand.faviconUrl().isEmpty() ? "/favicon.ico" : brand.faviconUrl();
        Set<String> images = new LinkedHashSet<>(List.of("'self'"));
        for (String url : List.of(brand.logoUrl(), brand.faviconUrl())) {
            if (url.startsWith("https://")) {
                URI uri = URI.create(url);
                images.add("https://" + uri.getRawAuthority());
            }
        }
        String ancestors = brand.frameOrigins().isEmpty() ? "'none'" : String.join(" ", brand.frameOrigins());
        String html = fill(casino.displayName(), favicon, logo, "", config(true, List.of(casino)));
        return new Rendered(html, POLICY + String.join(" ", images) + "; frame-ancestors " + ancestors);
    }

    /** The development page: Hey Seven's name and every property in a picker. */
    Rendered picker(List<CasinoConfig> casinos) {
        StringBuilder options = new StringBuilder();
        casinos.forEach(casino -> options.append("<option value=\"").append(escape(casino.id())).append("\">")
                .append(escape(casino.displayName())).append("</option>"));
        String picker = "<div class=\"property\"><label for=\"casino\" data-text=\"property\">Property</label>"
                + "<select id=\"casino\">" + options + "</select></div>";
        String logo = "<span class=\"logo monogram\" aria-hidden=\"true\">7</span>";
        return new Rendered(fill(HEY_SEVEN, "/favicon.ico", logo, picker, config(false, casinos)), STRICT_POLICY);
    }

    private String fill(String name, String favicon, String logo, String picker, String config) {
        return template.replace("{{TITLE}}", escape(name)).replace("{{FAVICON}}", escape(favicon)).replace("{{LOGO}}", logo)
                .replace("{{NAME}}", escape(name)).replace("{{PICKER}}", picker).replace("{{CONFIG}}", config);
    }

    private static String config(boolean pinned, List<CasinoConfig> casinos) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("pinned", pinned);
        config.put("casinos", casinos.stream().map(PageView::casino).toList());
        return Json.write(config).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Map<String, Object> casino(CasinoConfig casino) {
        Branding brand = casino.branding();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", casino.id());
        fields.put("name", casino.displayName());
        fields.put("helpline", casino.helpline());
        fields.put("host_phone", brand.hostPhone());
        fields.put("primary", brand.primaryColor());
        fields.put("on_primary", PageColors.textOn(brand.primaryColor()));
        fields.put("accent", brand.accentColor());
        fields.put("greetings", brand.greetings());
        fields.put("suggestions", brand.suggestions());
        return fields;
    }

    /** The first letters of the name's first two words ({@code AP} for Aurora Palms Resort & Casino). */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && initials.length() < 2) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.isEmpty() ? "7" : initials.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}

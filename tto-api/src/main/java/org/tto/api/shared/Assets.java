package org.tto.api.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The versions of the WebJars the pages use, read from the jars themselves, so that their URLs carry the version
 * ({@code /webjars/bootstrap/5.3.8/...}) and can be cached for a year. In templates: {@code ${@assets.bootstrap}}.
 */
@Component("assets")
public class Assets {

    private final String bootstrap = version("org.webjars", "bootstrap");
    private final String htmx = version("org.webjars.npm", "htmx.org");

    public String getBootstrap() {
        return bootstrap;
    }

    public String getHtmx() {
        return htmx;
    }

    private static String version(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + group + ":" + artifact + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

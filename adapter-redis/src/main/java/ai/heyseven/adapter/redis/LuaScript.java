package ai.heyseven.adapter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/** A Lua script of this adapter's resources, sent to Redis once and then called by its SHA (sent again after a restart or flush). */
final class LuaScript {
    private final String name;
    private final String text;
    private volatile String sha;

    private LuaScript(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static LuaScript named(String resource) {
        try (InputStream in = LuaScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the adapter-redis jar");
            }
            return new LuaScript(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    Object run(UnifiedJedis redis, List<String> keys, List<String> arguments) {
        String known = sha;
        if (known != null) {
            try {
                return redis.evalsha(known, keys, arguments);
            } catch (JedisNoScriptException e) {
                sha = null; // Redis restarted or flushed its scripts: load it again below
            }
        }
        sha = redis.scriptLoad(text);
        return redis.evalsha(sha, keys, arguments);
    }

    @Override
    public String toString() {
        return name;
    }
}

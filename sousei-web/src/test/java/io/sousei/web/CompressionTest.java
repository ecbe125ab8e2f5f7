package io.sousei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompressionTest {

    /** Every population row of the fixture: several kilobytes, well above the size worth compressing. */
    static final String ALL_ROWS = "/api/v1/observations?indicator=population.total&country=TW&lang=en";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void gzips_when_the_client_accepts_it() throws IOException {
        HttpResponse<byte[]> plain = server.get(ALL_ROWS);
        HttpResponse<byte[]> gzipped = server.get(ALL_ROWS, "Accept-Encoding", "gzip");

        assertThat(plain.body().length).isGreaterThan(1500);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
    }

    @Test
    void sends_identity_when_the_client_does_not_ask_for_gzip() {
        assertThat(server.get(ALL_ROWS).headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}

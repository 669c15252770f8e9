package dev.storyline.ingest.web;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Address literals only: the system resolver answers them without asking DNS. */
class AddressGuardTest {
    final AddressGuard guard = new AddressGuard(AddressGuard.Resolver.SYSTEM, false);

    @Test
    void refusesInternalAddressesAndOtherSchemes() {
        for (String url : new String[]{"http://127.0.0.1/", "http://127.9.9.9:8080/x", "http://10.0.0.1/", "http://172.16.5.4/",
                "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://0.0.0.0/",
                "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a00:1]/",
                "http://224.0.0.1/"}) {
            assertThatThrownBy(() -> guard.check(URI.create(url))).as(url)
                    .isInstanceOf(AddressGuard.RefusedException.class).hasMessageContaining("--allow-private");
        }
        assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"))).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> guard.check(URI.create("ftp://93.184.0.10/x"))).hasMessageContaining("not ftp");
        assertThatThrownBy(() -> guard.check(URI.create("http://user:pw@93.184.0.10/"))).hasMessageContaining("credentials");
    }

    @Test
    void publicAddressesPassAndPrivateOnesWhenAllowed() {
        assertThatCode(() -> guard.check(URI.create("https://93.184.0.10/news"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("https://[2001:db8::1]/"))).doesNotThrowAnyException();
        assertThatCode(() -> new AddressGuard(AddressGuard.Resolver.SYSTEM, true).check(URI.create("http://127.0.0.1:9/")))
                .doesNotThrowAnyException();
        assertThat(AddressGuard.isPublic(java.net.InetAddress.getLoopbackAddress())).isFalse();
    }
}

package org.misconduct.intake.webform;

import java.util.Map;

import org.misconduct.testinfra.HeadlessBrowser;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Makes the browser's viewport really phone-sized. Chromium keeps a desktop window at least 500
 * pixels wide whatever {@code --window-size} says, so the phone's width is set by device emulation.
 */
final class PhoneScreen {

    private PhoneScreen() {
    }

    static WebDriver emulate(WebDriver browser) {
        ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", HeadlessBrowser.PHONE.getWidth(),
                "height", HeadlessBrowser.PHONE.getHeight(),
                "deviceScaleFactor", 2,
                "mobile", true));
        return browser;
    }
}

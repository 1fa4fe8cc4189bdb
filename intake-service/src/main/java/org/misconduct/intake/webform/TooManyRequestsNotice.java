package org.misconduct.intake.webform;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.web.abuse.TooManyRequestsPage;
import org.springframework.stereotype.Component;

/**
 * What a person using the web form reads when their connection has sent too much: a short page, since the form
 * they came from cannot be drawn again without doing what was refused. The API gets problem+json instead.
 */
@Component
class TooManyRequestsNotice implements TooManyRequestsPage {

    private static final List<Map.Entry<String, String>> WAIT_MESSAGES = List.of(
            Map.entry("en", "Too many requests from this connection. Nothing was lost: go back and try again in %d seconds."),
            Map.entry("fr", "Trop de demandes depuis cette connexion. Rien n'est perdu : revenez en arrière et réessayez dans %d secondes."),
            Map.entry("es", "Demasiadas solicitudes desde esta conexión. No se ha perdido nada: vuelva atrás e inténtelo de nuevo en %d segundos."),
            Map.entry("ar", "طلبات كثيرة جدًا من هذا الاتصال. لم يُفقد شيء: ارجع وحاول مرة أخرى بعد %d ثانية."),
            Map.entry("ru", "Слишком много запросов с этого подключения. Ничего не потеряно: вернитесь назад и повторите попытку через %d с."),
            Map.entry("zh", "此连接的请求过多。没有任何内容丢失：请返回，%d 秒后再试。"),
            Map.entry("sw", "Maombi mengi mno kutoka muunganisho huu. Hakuna kilichopotea: rudi nyuma ujaribu tena baada ya sekunde %d."));

    @Override
    public boolean serves(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The page's language is not known before the request is read, so the few words are given in every language of the form. */
    @Override
    public void write(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>429</title>");
        WAIT_MESSAGES.forEach(message -> page.append("<p lang=\"").append(message.getKey()).append('"')
                .append(message.getKey().equals("ar") ? " dir=\"rtl\"" : "").append('>')
                .append(message.getValue().formatted(retryAfterSeconds)).append("</p>"));
        response.getWriter().write(page.append("</html>").toString());
    }
}

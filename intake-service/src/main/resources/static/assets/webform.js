// Only an enhancement: the pages work fully without it. Adds a "copy" button next to the follow-up code.
(function () {
    'use strict';
    if (!navigator.clipboard || !window.isSecureContext) {
        return;
    }
    document.querySelectorAll('[data-copy="true"]').forEach(function (code) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'link-button copy-button';
        button.textContent = code.getAttribute('data-copy-label');
        button.addEventListener('click', function () {
            navigator.clipboard.writeText(code.textContent.trim()).then(function () {
                button.textContent = code.getAttribute('data-copied-label');
            });
        });
        code.insertAdjacentElement('afterend', button);
    });
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.focus();
    }
}());

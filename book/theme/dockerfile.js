// Dockerfile highlighting: the highlight.js that mdBook ships has no Dockerfile language, and
// leaves such blocks plain. This registers a small one and highlights those blocks.
(function () {
    'use strict';
    if (typeof hljs === 'undefined') {
        return;
    }
    hljs.registerLanguage('dockerfile', function (hljs) {
        return {
            name: 'Dockerfile',
            aliases: ['docker'],
            case_insensitive: true,
            contains: [
                hljs.HASH_COMMENT_MODE,
                {
                    // An instruction starts its line.
                    className: 'keyword',
                    begin: /^\s*(FROM|RUN|CMD|ENTRYPOINT|COPY|ADD|WORKDIR|ENV|ARG|EXPOSE|USER|LABEL|VOLUME|HEALTHCHECK|SHELL|STOPSIGNAL|ONBUILD|MAINTAINER)\b/,
                },
                {
                    // `AS name` at the end of a FROM line.
                    className: 'keyword',
                    begin: /\bAS(?=\s+[\w.-]+\s*$)/,
                },
                {
                    className: 'attr',
                    begin: /--[a-z-]+(=[^\s\\]*)?/,
                },
                {
                    className: 'variable',
                    begin: /\$(\{[A-Za-z_][A-Za-z0-9_]*(:?[-+][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)/,
                },
                hljs.QUOTE_STRING_MODE,
                hljs.APOS_STRING_MODE,
            ],
        };
    });
    document.querySelectorAll('code.language-dockerfile').forEach(function (block) {
        hljs.highlightBlock(block);
        block.classList.add('hljs');
    });
})();

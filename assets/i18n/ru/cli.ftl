# Сообщения командной строки для людей. Вывод --json не переводится.
# Термины — как в window.ftl (фраза, резкая формулировка, одобрено, в архиве, пропуск, проверка).
# Где $id — идентификатор фразы, в тексте стоит слово «фраза», чтобы причастие было согласовано.

## check
cli-draft-too-long = { $bytes ->
    [one] черновик длиннее { $bytes } байта; проверьте текст покороче
    [few] черновик длиннее { $bytes } байт; проверьте текст покороче
    [many] черновик длиннее { $bytes } байт; проверьте текст покороче
   *[other] черновик длиннее { $bytes } байта; проверьте текст покороче
}
cli-draft-unreadable = не удалось прочитать черновик со стандартного ввода
cli-draft-not-utf8 = черновик — не текст в UTF-8
cli-bad-lang = --lang «{ $lang }» — не код языка вроде en или pt-BR
cli-no-phrases-in = в разговорнике нет фраз на языке { $lang }; его языки: { $languages }
# Одно замечание `tactful check`: номер, место в тексте, похожая резкая формулировка, ключ ситуации.
cli-finding = { $number }. «{ $passage }» похоже на «{ $blunt }» ({ $situation })

## copy
cli-set-syntax = --set ожидает ИМЯ=ЗНАЧЕНИЕ, получено «{ $got }»
cli-left-unfilled = примечание: не заполнены пропуски: { $blanks }
cli-copied = Скопировано: { $text }
cli-clipboard-no-executable = не найден исполняемый файл tactful, который удерживал бы буфер обмена
cli-clipboard-no-keeper = не удалось запустить процесс, удерживающий буфер обмена
cli-clipboard-no-answer = процесс, удерживающий буфер обмена, не ответил
cli-clipboard-timeout = { $seconds ->
    [one] буфер обмена не ответил за { $seconds } секунду (отвечает ли графический сеанс? попробуйте --print)
    [few] буфер обмена не ответил за { $seconds } секунды (отвечает ли графический сеанс? попробуйте --print)
    [many] буфер обмена не ответил за { $seconds } секунд (отвечает ли графический сеанс? попробуйте --print)
   *[other] буфер обмена не ответил за { $seconds } секунды (отвечает ли графический сеанс? попробуйте --print)
}
cli-clipboard-none = буфер обмена недоступен (запущен ли графический сеанс? попробуйте --print)
cli-clipboard-error = { $error } (попробуйте --print)
cli-clipboard-not-built = эта сборка tactful не поддерживает буфер обмена (собрана без функции `gui`); используйте --print

## import, export
# $summary — счётчики от ядра («2 added, 1 updated, …»).
cli-import-dry-run = Пробный импорт { $file } в «{ $collection }»: было бы { $summary }. Ничего не изменено.
cli-import-add = добавить
cli-import-update = обновить
cli-import-keep-local = оставить местную версию
cli-import-retire = в архив
cli-import-conflict = конфликт
cli-imported = Импортирован { $file } в «{ $collection }»: { $summary }.
cli-up-to-date = { $file } уже актуален: { $summary }.
cli-conflicts-hint = `tactful conflicts` показывает обе версии; `tactful resolve ID --ours|--theirs` решает конфликт.
cli-backup-at = Резервная копия разговорника до импорта: { $path }
cli-not-supported = не поддерживается: { $note }
cli-no-collection = нет коллекции «{ $name }»

## phrases: search, show, add, edit, trash
cli-trashed = Фраза { $id } перемещена в корзину. `tactful restore { $id }` вернёт её.
cli-restored = Фраза { $id } восстановлена: { $text }
cli-trash-empty = Корзина пуста.
# Счётчики после двоеточия и в скобках — чтобы не согласовывать «слово» с числом.
cli-query-too-long = примечание: учитываются только первые слова запроса ({ $counted }); пропущено слов: { $ignored }
cli-no-match = Подходящих фраз нет. Попробуйте меньше букв, другой язык или `--status retired`.
cli-instead-of = вместо: { $blunt }
cli-why = почему: { $note }
cli-id = id: { $id }
cli-situation = ситуация: { $title } ({ $key })
# $lang и $status — как они хранятся в разговорнике (en, vetted).
cli-language-status-collection = язык: { $lang }  статус: { $status }  коллекция: { $collection }
# Причастие среднего рода без подлежащего — чтобы не зависеть от рода одобрившего.
cli-vetted-by-on = одобрено: { $name }, { $date }
cli-vetted-on = одобрено { $date }
cli-needs-review = нужна проверка: перевод изменился после одобрения
cli-tags = метки: { $tags }
cli-copied-times = { $count ->
    [one] скопирована { $count } раз
    [few] скопирована { $count } раза
    [many] скопирована { $count } раз
   *[other] скопирована { $count } раза
}
cli-copied-times-favourite = { $count ->
    [one] скопирована { $count } раз · в избранном
    [few] скопирована { $count } раза · в избранном
    [many] скопирована { $count } раз · в избранном
   *[other] скопирована { $count } раза · в избранном
}
cli-added = Фраза { $id } добавлена
cli-nothing-to-change = нечего менять: укажите --text, --status, --situation, --lang, --avoid, --tag, --note, --group или --title
cli-cannot-edit = не удалось изменить фразу { $id }
cli-updated = Фраза { $id } обновлена: { $text }

## team: vet, subscribe, review, conflicts
cli-vetted-by = Фраза { $id } одобрена (от имени: { $name }).
cli-vetted = Фраза { $id } одобрена.
cli-following = Отслеживается: { $path }.
cli-synced-at = синхронизировано { $at }
cli-never-synced = ни разу не синхронизировано
cli-last-error = последняя ошибка: { $error }
cli-unsubscribed = { $path } больше не отслеживается; фразы из него остаются.
cli-no-collection-files = В отслеживаемых папках пока нет файлов коллекций (.json, .csv, .yml).
cli-resolved-ours = Конфликт { $id } решён: оставлена ваша версия ({ $status }).
cli-resolved-theirs = Конфликт { $id } решён: принята входящая версия ({ $status }).
cli-sync-failed = не удалось импортировать отслеживаемые файлы ({ $failed } из { $total }); из них ничего не изменено
cli-nothing-to-review = Проверять нечего.
cli-review-counts = Черновики: { $drafts }; переводы на перепроверку: { $recheck }; конфликты: { $conflicts }.
cli-reason-draft = черновик
cli-reason-needs-review = нужна проверка
cli-reason-conflict = конфликт
cli-review-hint = `tactful vet ID` одобряет фразу; `tactful conflicts` показывает обе версии конфликта.
cli-no-conflicts = Конфликтов нет.
cli-conflict-from = { $id }  (из { $source })
# Подписи выровнены пробелами, чтобы тексты версий начинались в одном столбце.
cli-conflict-ours = ваша:     { $text } [{ $status }]
cli-conflict-theirs = входящая: { $text } [{ $status }]
cli-conflict-theirs-removed = входящая: удалена в источнике
cli-resolve-hint = `tactful resolve ID --ours` оставляет вашу версию; `--theirs` принимает входящую.
cli-clipboard-keeper-broken = не удалось передать текст процессу, удерживающему буфер обмена

## После слияния: пропущенные записи, ключи подписи, отслеживаемые веб-адреса
cli-no-subscriptions = Подписок нет. `tactful subscribe PATH_OR_URL` подписывает на файл, папку или веб-адрес команды.
cli-signed-by-key = подписано доверенным ключом { $key }
cli-skipped-entries = { $count ->
    [one] Пропущена { $count } запись из { $file }; она не импортирована:
    [few] Пропущено { $count } записи из { $file }; они не импортированы:
    [many] Пропущено { $count } записей из { $file }; они не импортированы:
   *[other] Пропущено { $count } записи из { $file }; они не импортированы:
}
cli-skipped = пропущено: { $entry }
cli-key-written = Ключ { $id } записан: открытый ключ { $public }, секретный ключ { $secret }.
cli-key-unprotected = У секретного ключа нет пароля: любой, кто может прочитать { $secret }, может подписывать от вашего имени.
cli-key-how-to-follow = Сотрудники подписываются на вашу подписанную коллекцию так: tactful subscribe URL --trust { $key }
cli-signed-file = Файл { $file } подписан ключом { $id }: { $signature }
cli-signed-only = Принимаются только файлы, подписанные одним из ключей: { $keys }.
cli-signed-by-keys = подписано: { $keys }
cli-not-modified = { $file }: не изменён с прошлой копии.

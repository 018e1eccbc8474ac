# Сообщения командной строки для людей. Вывод --json не переводится.

## check
cli-draft-too-long = черновик длиннее { $bytes } байт; проверьте текст покороче
cli-draft-unreadable = не удалось прочитать черновик со стандартного ввода
cli-draft-not-utf8 = черновик — не текст в UTF-8
cli-bad-lang = --lang «{ $lang }» — не код языка вроде en или pt-BR
cli-no-phrases-in = в разговорнике нет фраз на { $lang }; его языки: { $languages }
cli-finding = { $number }. «{ $passage }» похоже на «{ $blunt }» ({ $situation })

## copy
cli-set-syntax = --set ожидает ИМЯ=ЗНАЧЕНИЕ, получено «{ $got }»
cli-left-unfilled = примечание: не заполнено: { $blanks }
cli-copied = Скопировано: { $text }
cli-clipboard-no-executable = не найден исполняемый файл tactful, который держит буфер обмена
cli-clipboard-no-keeper = не удалось запустить хранителя буфера обмена
cli-clipboard-no-answer = хранитель буфера обмена не ответил
cli-clipboard-timeout = { $seconds ->
    [one] буфер обмена не ответил за { $seconds } секунду (отвечает ли графический сеанс? попробуйте --print)
    [few] буфер обмена не ответил за { $seconds } секунды (отвечает ли графический сеанс? попробуйте --print)
   *[many] буфер обмена не ответил за { $seconds } секунд (отвечает ли графический сеанс? попробуйте --print)
}
cli-clipboard-none = буфер обмена недоступен (запущен ли графический сеанс? попробуйте --print)
cli-clipboard-error = { $error } (попробуйте --print)
cli-clipboard-not-built = эта сборка tactful не поддерживает буфер обмена (собрана без `gui`); используйте --print
cli-clipboard-keeper-broken = не удалось передать текст хранителю буфера обмена

## import, export
cli-import-dry-run = Пробный импорт { $file } в «{ $collection }»: было бы { $summary }. Ничего не изменено.
cli-import-add = добавить
cli-import-update = обновить
cli-import-keep-local = оставить местную
cli-import-retire = в архив
cli-import-conflict = конфликт
cli-imported = { $file } импортирован в «{ $collection }»: { $summary }.
cli-up-to-date = { $file } уже актуален: { $summary }.
cli-conflicts-hint = `tactful conflicts` показывает обе версии; `tactful resolve ID --ours|--theirs` решает конфликт.
cli-backup-at = Резервная копия разговорника до импорта: { $path }
cli-not-supported = не поддерживается: { $note }
cli-no-collection = нет коллекции с именем «{ $name }»

## phrases
cli-trashed = { $id } перемещена в корзину. `tactful restore { $id }` вернёт её.
cli-restored = Восстановлена { $id }: { $text }
cli-trash-empty = Корзина пуста.
cli-query-too-long = примечание: учитываются только первые { $counted } слов запроса; ещё { $ignored } пропущено
cli-no-match = Подходящих фраз нет. Попробуйте меньше букв, другой язык или `--status retired`.
cli-instead-of = вместо: { $blunt }
cli-why = почему: { $note }
cli-id = id: { $id }
cli-situation = ситуация: { $title } ({ $key })
cli-language-status-collection = язык: { $lang }  статус: { $status }  коллекция: { $collection }
cli-vetted-by-on = одобрил(а) { $name }, { $date }
cli-vetted-on = одобрено { $date }
cli-needs-review = нужна проверка: перевод изменился после одобрения
cli-tags = метки: { $tags }
cli-copied-times = { $count ->
    [one] скопирована { $count } раз
    [few] скопирована { $count } раза
   *[many] скопирована { $count } раз
}
cli-copied-times-favourite = { $count ->
    [one] скопирована { $count } раз · в избранном
    [few] скопирована { $count } раза · в избранном
   *[many] скопирована { $count } раз · в избранном
}
cli-added = Добавлена { $id }
cli-nothing-to-change = нечего менять: укажите --text, --status, --situation, --lang, --avoid, --tag, --note, --group или --title
cli-cannot-edit = не удалось изменить { $id }
cli-updated = Обновлена { $id }: { $text }

## team
cli-vetted-by = { $id } одобрена (от имени { $name }).
cli-vetted = { $id } одобрена.
cli-following = Отслеживается { $path }.
cli-no-subscriptions = Подписок нет. `tactful subscribe PATH` подписывает на файл или папку команды.
cli-synced-at = синхронизировано { $at }
cli-never-synced = ни разу не синхронизировано
cli-last-error = последняя ошибка: { $error }
cli-unsubscribed = { $path } больше не отслеживается; его фразы остаются.
cli-no-collection-files = В отслеживаемых папках пока нет файлов коллекций (.json, .csv, .yml).
cli-resolved-ours = { $id }: оставлена ваша версия ({ $status }).
cli-resolved-theirs = { $id }: принята входящая версия ({ $status }).
cli-sync-failed = не удалось импортировать { $failed } из { $total } отслеживаемых файлов; из них ничего не изменено
cli-nothing-to-review = Проверять нечего.
cli-review-counts = Черновики: { $drafts }; переводы на перепроверку: { $recheck }; конфликты: { $conflicts }.
cli-reason-draft = черновик
cli-reason-needs-review = проверка
cli-reason-conflict = конфликт
cli-review-hint = `tactful vet ID` одобряет фразу; `tactful conflicts` показывает обе версии конфликта.
cli-no-conflicts = Конфликтов нет.
cli-conflict-from = { $id }  (из { $source })
cli-conflict-ours = наша:    { $text } [{ $status }]
cli-conflict-theirs = входящая: { $text } [{ $status }]
cli-conflict-theirs-removed = входящая: удалена в источнике
cli-resolve-hint = `tactful resolve ID --ours` оставляет вашу; `--theirs` принимает входящую версию.

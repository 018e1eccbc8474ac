# Слова окна. Термины, как в разговорнике: «фраза», «ситуация», «резкая фраза» (то, чего говорить
# не стоит), «одобрено» (проверено и утверждено), «черновик», «в архиве».

## Таблица команд: меню, список сочетаний клавиш, подсказки.
command-copy-selected = Копировать выбранную фразу
command-copy-row = Копировать результат 1 … 9 (номер в строке)
command-select-next = Следующий результат
command-select-previous = Предыдущий результат
command-escape = Очистить поиск; ещё раз — свернуть
command-focus-search = Поиск (выделяет введённое)
command-toggle-favourite = В избранное
command-other-languages = Показать совпадения на всех языках
command-new-phrase = Новая фраза
command-edit-phrase = Изменить фразу
command-duplicate-phrase = Дублировать фразу
command-delete-phrase = Удалить фразу
command-undo = Отменить удаление
command-large-type = Крупный шрифт
command-compact = Компактный режим
command-side-panel = Боковая панель
command-detail-pane = Панель подробностей
command-always-on-top = Поверх всех окон
command-settings = Настройки
command-check-draft = Проверить черновик
command-help = Сочетания клавиш
command-about = О программе Tactful
command-next-finding = Следующая находка (проверка черновика)
command-previous-finding = Предыдущая находка (проверка черновика)
command-pick-alternative = Взять вариант 1 … 9 для находки (проверка черновика)
command-paste-and-check = Вставить и проверить (проверка черновика)
command-copy-revised = Копировать исправленный черновик (проверка черновика)
command-copy-anyway = Копировать с пустыми полями (форма заполнения)
command-save-phrase = Сохранить фразу (редактор)
command-all-phrases = Все фразы
command-trash = Корзина
command-review = Проверка
command-import = Импорт…
command-export = Экспорт…
command-subscribe = Подписаться на папку…
command-quit = Выход
command-copy-selected-tooltip = Шаблоны и фразы с пропусками сначала открывают форму заполнения
command-copy-row-tooltip = Ctrl+1 копирует первую строку, Ctrl+2 — вторую…
command-other-languages-tooltip = Если на выбранном языке совпадений мало, показать все языки
command-delete-phrase-tooltip = Переносит в корзину; Ctrl+Z возвращает
command-undo-tooltip = Возвращает последние удалённые фразы, по одной за нажатие
command-compact-tooltip = Только поиск и результаты — узкая полоса рядом с окном звонка
command-side-panel-tooltip = Разделы, язык, ситуации и метки
command-detail-pane-tooltip = Выбранная фраза целиком, с переводами
command-check-draft-tooltip = Резкие места отмечены, мягкие варианты — в одно нажатие
command-paste-and-check-tooltip = Заменяет черновик содержимым буфера обмена
command-copy-anyway-tooltip = Копирует, хотя поле пустое; в ответе останется {"{"}the_blank{"}"}

## Названия языков (языки фраз: фильтры, значки, переводы)
language-en = английский
language-nl = нидерландский
language-sv = шведский
language-ru = русский
language-de = немецкий
language-fr = французский
language-es = испанский
language-da = датский
language-nb = норвежский
language-fi = финский
language-it = итальянский
language-pl = польский
language-pt = португальский
language-with-variant = { $language } ({ $variant })
language-variant-informal = на «ты»
language-variant-formal = на «вы»

## Статусы фраз
status-draft = черновик
status-vetted = одобрено
status-retired = в архиве

## Боковая панель
sidebar-tagline = скажи это мягко
sidebar-all-phrases = Все фразы
sidebar-favourites = Избранное
sidebar-recent = Недавние
sidebar-trash = Корзина
sidebar-check-draft = Проверить черновик
sidebar-language = Язык
sidebar-all-languages = Все языки
sidebar-include-drafts = Показывать черновики
sidebar-situations = Ситуации
sidebar-all-situations = Все ситуации
sidebar-situation-count = { $situation }  ({ $count })
sidebar-tag = Метка
sidebar-any-tag = любая

## Поиск и результаты
search-label = Поиск
search-hint = введите то, что собирались сказать…
search-expand = Развернуть
toast-undo = Отменить
results-browsing = { $view ->
    [favourites] { $count ->
        [one] { $count } фраза в избранном · сначала избранные и недавние
        [few] { $count } фразы в избранном · сначала избранные и недавние
       *[many] { $count } фраз в избранном · сначала избранные и недавние
    }
    [recent] { $count ->
        [one] { $count } недавно скопированная фраза · сначала избранные и недавние
        [few] { $count } недавно скопированные фразы · сначала избранные и недавние
       *[many] { $count } недавно скопированных фраз · сначала избранные и недавние
    }
    [trash] { $count ->
        [one] { $count } фраза в корзине · сначала избранные и недавние
        [few] { $count } фразы в корзине · сначала избранные и недавние
       *[many] { $count } фраз в корзине · сначала избранные и недавние
    }
   *[all] { $count ->
        [one] { $count } фраза · сначала избранные и недавние
        [few] { $count } фразы · сначала избранные и недавние
       *[many] { $count } фраз · сначала избранные и недавние
    }
}
results-nothing = { $view ->
    [favourites] В избранном совпадений нет.
    [recent] Среди недавно скопированных совпадений нет.
    [trash] В корзине совпадений нет.
   *[all] Совпадений нет.
}
results-matching = { $view ->
    [favourites] { $count ->
        [one] { $count } совпадение в избранном · Enter или Ctrl+цифра копирует
        [few] { $count } совпадения в избранном · Enter или Ctrl+цифра копирует
       *[many] { $count } совпадений в избранном · Enter или Ctrl+цифра копирует
    }
    [recent] { $count ->
        [one] { $count } совпадение среди недавних · Enter или Ctrl+цифра копирует
        [few] { $count } совпадения среди недавних · Enter или Ctrl+цифра копирует
       *[many] { $count } совпадений среди недавних · Enter или Ctrl+цифра копирует
    }
    [trash] { $count ->
        [one] { $count } совпадение в корзине · Enter или Ctrl+цифра копирует
        [few] { $count } совпадения в корзине · Enter или Ctrl+цифра копирует
       *[many] { $count } совпадений в корзине · Enter или Ctrl+цифра копирует
    }
   *[all] { $count ->
        [one] { $count } совпадение · Enter или Ctrl+цифра копирует
        [few] { $count } совпадения · Enter или Ctrl+цифра копирует
       *[many] { $count } совпадений · Enter или Ctrl+цифра копирует
    }
}
results-elsewhere = { $count ->
    [one] Ещё { $count } на другом языке ({ $keys })
    [few] Ещё { $count } на других языках ({ $keys })
   *[many] Ещё { $count } на других языках ({ $keys })
}
results-every-language = · все языки
results-copy-keys = Копировать ({ $keys })
results-copy = Копировать
results-copy-row = Копировать результат { $row }
results-instead-of = вместо «{ $blunt }»
badge-favourite = избранное
badge-needs-review = нужна проверка
badge-template = шаблон

## Панель подробностей
detail-select-a-phrase = Выберите фразу, чтобы увидеть её целиком.
detail-copy = Копировать
detail-unfavourite = Убрать из избранного
detail-favourite = В избранное
detail-large-type = Крупный шрифт
detail-edit = Изменить фразу
detail-duplicate = Дублировать
detail-delete = Удалить
detail-status = Статус
detail-instead-of = Вместо
detail-quoted = «{ $line }»
detail-why = Почему это работает
detail-copied-times = { $count ->
    [one] Скопировано { $count } раз
    [few] Скопировано { $count } раза
   *[many] Скопировано { $count } раз
}
detail-translations = Переводы
detail-copy-language = Копировать: { $language }
detail-not-reviewed = Не проверено после изменения оригинала

## Корзина
trash-heading = Корзина
trash-back = Назад к поиску
trash-empty = Корзина пуста. Удалённые фразы ждут здесь, пока вы их не восстановите или не удалите навсегда.
trash-count = { $count ->
    [one] { $count } удалённая фраза · скрыта из поиска и экспорта до восстановления
    [few] { $count } удалённые фразы · скрыты из поиска и экспорта до восстановления
   *[many] { $count } удалённых фраз · скрыты из поиска и экспорта до восстановления
}
trash-restore = Восстановить
trash-restore-tooltip = Вернуть в поиск и экспорт
trash-delete-forever = Удалить навсегда
trash-delete-forever-tooltip = Это нельзя отменить

## О программе
about-description = Настольный разговорник проверенных, тактичных альтернатив резким словам — для тех, кто весь день говорит с клиентами.
about-licence = Лицензия
about-phrasebook = Разговорник
about-in-memory = только в памяти (ничего не сохраняется)
about-settings = Настройки
about-no-settings-folder = в этой системе нет папки настроек
about-copy-path = Копировать путь к разговорнику
about-copy-path-tooltip = Для резервной копии или для ИТ-отдела
about-close = Закрыть
detail-restore-to-see = Восстановите фразу, чтобы увидеть её целиком.

## Меню
menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-help = Справка
menu-new-situation = Новая ситуация…
menu-rename-situation = Переименовать ситуацию…

## Редактор фраз
editor-new-heading = Новая фраза
editor-edit-heading = Изменить фразу
editor-tags = Метки (через запятую)
editor-why = Почему это работает
editor-save = Сохранить (Ctrl+S)
editor-cancel = Отмена (Esc)
editor-unsaved = есть несохранённые изменения
editor-discard-heading = Отбросить несохранённые изменения?
editor-discard-body = Всё, что вы ввели в редакторе, будет потеряно.
editor-discard = Отбросить
editor-keep-editing = Продолжить правку
editor-language = Язык
editor-status = Статус
editor-collection = Коллекция
editor-collection-fixed = Сохранённая фраза остаётся в своей коллекции; чтобы поместить копию в другую, дублируйте её
editor-situation = Ситуация
editor-rename-situation = Переименовать…
editor-no-situation = пока нет: найдите ситуацию
editor-unknown-situation = { $key } (неизвестна)
editor-find-situation = Найти ситуацию
editor-find-situation-hint = название или ключ; Enter выбирает первую
editor-no-situation-matches = подходящих ситуаций нет
editor-title = Название (для чего шаблон, например «Отказ в возврате»)
editor-text = Текст
editor-text-hint = Что сказать. {"{"}customer_name{"}"} — пропуск, который заполняется при копировании.
editor-no-placeholders = Пропусков нет: копируется как есть.
editor-placeholders = Пропуски
editor-form-preview = Предпросмотр формы
editor-sample = пример
editor-blunt-lines = Вместо (резкие фразы, которые она заменяет)
editor-remove = Убрать
editor-remove-tooltip = Убрать эту резкую фразу
editor-new-blunt-line = Новая резкая фраза
editor-new-blunt-line-hint = Нет, мы этим не занимаемся.
editor-add = Добавить
editor-no-translations = Других языков пока нет.
editor-add-language = Добавить язык
editor-add-translation = Добавить перевод
editor-save-before-link = Сначала сохраните, чтобы связать уже существующие фразы.
editor-link-existing = Связать существующую фразу
editor-link-hint = поиск по тексту
editor-link-language = Связать: { $language }
editor-new-translation = новый
editor-unlink = Отвязать: { $language }
editor-unlink-tooltip = При сохранении эта фраза перестанет быть переводом редактируемой
editor-text-in = Текст ({ $language })

## Список сочетаний клавиш
help-heading = Сочетания клавиш
help-type = Ввод
help-type-searches = Ищет фразы, резкие фразы, ситуации и метки
help-keys-or = { $keys }  или  { $other }
help-search-syntax = Поиск: 'точно  ^начало  !исключить  "два слова"
dialog-close = Закрыть (Esc)

## Форма заполнения
fill-heading = Заполните пропуски
fill-needs-review = Этот перевод нужно проверить: оригинал изменился после проверки.
fill-still-empty = Ещё пусто: { $blanks }.
fill-preview = Предпросмотр
fill-copy = Копировать (Enter)
fill-copy-tooltip = Копируется как обычный текст и как HTML
fill-copy-anyway = Всё равно копировать ({ $keys })
fill-cancel = Отмена (Esc)
fill-date-hint = выберите или введите дату
fill-time-hint = напр. 14:30
fill-pick = Выбрать…
fill-pick-tooltip = Выбрать дату в календаре
fill-pick-blank = Выбрать: { $blank }
calendar-weekdays = Пн Вт Ср Чт Пт Сб Вс

## Настройки
settings-heading = Настройки
settings-profile = Ваш профиль заполняет эти пропуски во всех шаблонах
settings-fills = заполняет { $placeholder }
settings-theme = Тема
settings-theme-system = Системная
settings-theme-light = Светлая
settings-theme-dark = Тёмная
settings-interface-language = Язык интерфейса
settings-new-phrases-in = Новые фразы на
settings-shown-language = показанном языке
settings-text-size = Размер текста
settings-global-shortcut = Глобальное сочетание
settings-global-shortcut-on = Вызывать Tactful из любой программы (X11, Windows, macOS)
settings-keys = Клавиши
settings-window = Окно
settings-compact = Компактно (только поиск и результаты)
settings-done = Готово
profile-agent-name = Ваше имя
profile-company = Компания
profile-team-phone = Телефон команды
profile-team-email = Почта команды
profile-signature = Подпись

## Сообщения в строке состояния
toast-refresh-failed = Не удалось обновить список: { $error }
toast-favourite-added = Добавлено в избранное
toast-favourite-removed = Убрано из избранного
toast-blanks-empty = { $count ->
    [one] Не скопировано: { $count } пропуск не заполнен. Заполните его или всё равно скопируйте ({ $keys }).
    [few] Не скопировано: { $count } пропуска не заполнены. Заполните их или всё равно скопируйте ({ $keys }).
   *[many] Не скопировано: { $count } пропусков не заполнены. Заполните их или всё равно скопируйте ({ $keys }).
}
toast-copied-not-counted = Скопировано, но копирование не учтено: { $error }
toast-copied-needs-review = Скопировано — осторожно: этот перевод ещё нужно проверить
toast-copied = Скопировано
toast-copied-revised = Исправленный черновик скопирован
toast-draft-changed = Черновик изменился; вот его находки сейчас
toast-done-but-refresh-failed = { $message }, но список не удалось обновить: { $error }
toast-deleted = Удалено: «{ $text }»
toast-nothing-to-undo = Нечего отменять
toast-deleted-for-good = Удалено навсегда
toast-marked = Статус: { $status }
toast-restored = Восстановлено
toast-saved = Сохранено
editor-save-before-linking = Сначала сохраните фразу, потом связывайте переводы
toast-linked = Связано как перевод
toast-situation-saved = Ситуация сохранена

## Импорт и экспорт
file-filter-collection = Коллекция Tactful
import-title = Импорт коллекции
export-title = Экспорт фраз
import-problem = { $file }: { $problem }
import-choose-file = Сначала выберите файл коллекции
toast-imported = Импортировано в «{ $collection }»: добавлено { $added }, обновлено { $updated }, в архив { $retired }, { $conflicts ->
    [one] { $conflicts } конфликт
    [few] { $conflicts } конфликта
   *[many] { $conflicts } конфликтов
}
export-choose-path = Сначала выберите, куда сохранить файл
toast-exported = { $count ->
    [one] { $count } фраза экспортирована в { $path }
    [few] { $count } фразы экспортированы в { $path }
   *[many] { $count } фраз экспортировано в { $path }
}

## Команда: отслеживаемые папки, проверка
team-synced-file = { $file }: добавлено { $added }, обновлено { $updated }, в архив { $retired }, { $conflicts ->
    [one] { $conflicts } конфликт
    [few] { $conflicts } конфликта
   *[many] { $conflicts } конфликтов
}
team-sync-failed-file = { $file }: { $error }
team-not-synced = Подписки не синхронизированы: { $error }
team-no-watching = Отслеживаемые папки синхронизируются только при запуске: { $error }
team-vetted = Одобрено: теперь фраза готова для всех
team-kept-ours = Оставлена ваша версия
team-took-theirs = Принята входящая версия
team-following = Отслеживается { $path }

## Ошибки редактора
editor-error-language = Язык: { $error }
editor-error-no-situation = Ситуация: выберите или добавьте новую
editor-error-situation = Ситуация: { $error }
editor-error-empty-text = Текст: не может быть пустым
editor-error-text = Текст: { $error }
editor-error-translation-language = Язык перевода: { $error }

## Глобальное сочетание
hotkey-not-a-shortcut = «{ $spec }» — не сочетание клавиш ({ $error }); попробуйте { $suggested }
hotkey-unavailable = глобальные сочетания здесь недоступны: { $error }
hotkey-taken = нельзя использовать { $spec }: { $error }

## Запуск окна
window-handed-over = Tactful уже запущен; его окно выведено на передний план.
window-no-clipboard = { $error }; копии остаются внутри программы
window-cannot-open = не удалось открыть окно (запущен ли графический сеанс? командная строка работает и без него: `tactful --help`)

## Проверка черновика
draft-explanation = Вставьте или введите ответ, который собираетесь отправить. Tactful отмечает каждую резкую фразу, для которой в разговорнике есть мягкий вариант. Щёлкните отмеченное место или находку, чтобы увидеть варианты; один щелчок (или Alt+цифра) по варианту ставит его в черновик. F6 переходит между находками; Ctrl+Enter копирует исправленный черновик.
draft-heading = Проверить черновик
draft-paste-and-check = Вставить и проверить
draft-copy-revised = Копировать исправленный черновик
draft-detected = автоопределение ({ $language })
draft-language = Язык черновика
draft-detect = автоопределение
draft-esc-returns = Esc — назад к поиску
draft-checking = проверка…
draft-nothing-found = Резких формулировок не найдено ({ $language }).
draft-findings-count = { $count ->
    [one] { $count } находка ({ $language }) · F6 или щелчок покажет варианты
    [few] { $count } находки ({ $language }) · F6 или щелчок покажет варианты
   *[many] { $count } находок ({ $language }) · F6 или щелчок покажет варианты
}
draft-findings = Находки
draft-no-findings = Находок нет
draft-no-findings-body = В этом черновике нет ничего похожего на резкие фразы из разговорника.
draft-finding = «{ $passage }»  · { $situation }
draft-click-a-finding = Щёлкните находку (или нажмите F6), чтобы увидеть, что сказать вместо этого.
draft-sounds-like = Похоже на
draft-situation = Ситуация: { $situation }
draft-say-instead = Скажите вместо этого (щелчок или Alt+цифра)
draft-put-in-place = Поставить в черновик вместо отмеченного места
draft-fill-first = Сначала заполните { $blanks }, затем текст попадёт в черновик
draft-template-blanks = шаблон · заполнить: { $blanks }
draft-fill-heading = Заполните, прежде чем вставить в черновик
draft-insert = Вставить в черновик (Enter)
dialog-cancel = Отмена

## Команда: коллекции, очередь проверки, подписка
team-collection = Коллекция
team-all-collections = все
team-review-waiting = Проверка ({ $waiting })
team-review-conflicts = { $conflicts ->
    [one] Проверка ({ $waiting }, { $conflicts } конфликт)
    [few] Проверка ({ $waiting }, { $conflicts } конфликта)
   *[many] Проверка ({ $waiting }, { $conflicts } конфликтов)
}
command-review-tooltip = Черновики, переводы на перепроверку и конфликты
team-subscribe = Подписаться…
team-subscribe-tooltip = Следить за папкой команды или файлом коллекции
team-phrase-collection = Коллекция: { $collection }
team-needs-review = Нужна проверка: перевод изменился
team-vet = Одобрить
team-vet-tooltip = Одобрить от вашего имени из настроек
team-conflict = Конфликт с версией команды
team-review = Проверка
team-nothing-waits = Проверки ничего не ждёт.
team-conflicts-heading = Конфликты ({ $count })
team-yours = Ваша:
team-incoming = Входящая:
team-removed-upstream = удалена в источнике
team-keep-mine = Оставить мою
team-take-theirs = Принять входящую
team-retire-it = Отправить в архив
team-recheck-heading = Переводы на перепроверку ({ $count })
team-drafts-heading = Черновики ({ $count })
subscribe-heading = Подписка на папку команды
subscribe-body = Папка с файлами коллекций (.json, .csv, .yml) или один файл. Он импортируется сейчас, при каждом запуске Tactful и при каждом изменении.
subscribe-path = Папка или файл
subscribe-button = Подписаться
import-file = Файл
dialog-browse = Обзор…
import-preview = Предпросмотр
import-refused = Этот файл нельзя импортировать; ничего не изменено:
import-dry-run = Пробный прогон в «{ $collection }»: пока ничего не изменено.
import-count-add = добавить
import-count-update = обновить
import-count-unchanged = без изменений
import-count-kept = сохранены местные правки
import-count-retire = в архив (удалены из файла)
import-count-conflicts = конфликты (в разделе «Проверка»)
import-count-situations = новые ситуации
import-count-titles = изменены названия ситуаций
import-added = Добавлено
import-updated = Обновлено
import-apply = Импортировать
import-nothing-new = Всё из этого файла уже есть.
import-and-more = … и ещё { $count }
export-all-collections = все коллекции
export-save-to = Сохранить в
export-button = Экспортировать

## Диалог ситуации
situation-rename-heading = Переименовать ситуацию
situation-new-heading = Новая ситуация
situation-title = Название
situation-title-language = Язык названия
situation-description = Описание
situation-key = Ключ
situation-key-hint = создаётся из названия
situation-save = Сохранить ситуацию
import-path-hint = /путь/к/team.json

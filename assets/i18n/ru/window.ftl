# Слова окна. Глоссарий (один термин на понятие, как в разговорнике data/phrasebook/*/ru.json):
#   phrase — фраза; situation — ситуация (названия ситуаций берутся из разговорника);
#   blunt line — резкая формулировка (то, чего говорить не стоит; не «фраза», чтобы не путать с фразой);
#   instead of — вместо; alternative — вариант; finding (проверки черновика) — замечание;
#   draft (статус) — черновик; draft (ответ на проверке) — черновик; vetted — одобрено;
#   vet — одобрить; retired — в архиве; retire — отправить в архив; review — проверка;
#   needs review — нужна проверка; re-check — перепроверка; blank / placeholder — пропуск;
#   fill-in form — форма заполнения; template — шаблон; collection — коллекция; tag — метка;
#   favourites — избранное; recent — недавние; trash — корзина; translation — перевод;
#   subscribe — подписаться, подписка; follow — отслеживать; incoming — входящая (версия);
#   yours/mine — ваша/моя (версия); conflict — конфликт; large type — крупный шрифт;
#   detail pane — панель сведений; shortcut — сочетание клавиш; copy — копировать.
# Команды и кнопки — инфинитив («Копировать», «Удалить»), заголовки — существительные
# («Проверка черновика», «Изменение фразы»). Названия языков — с прописной (как в списках Windows).
# Числа: select по $count с one / few / many / other (other — дробные: «1,5 совпадения»).

## Таблица команд: меню, список сочетаний клавиш, подсказки.
command-copy-row = Копировать результат 1 … 9 (номер в строке)
command-select-next = Следующий результат
command-select-previous = Предыдущий результат
command-escape = Очистить поиск; повторно — свернуть
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
command-detail-pane = Панель сведений
command-always-on-top = Поверх всех окон
command-settings = Настройки
command-check-draft = Проверить черновик
command-help = Сочетания клавиш
command-about = О программе Tactful
command-next-finding = Следующее замечание (проверка черновика)
command-previous-finding = Предыдущее замечание (проверка черновика)
command-pick-alternative = Выбрать вариант 1 … 9 для замечания (проверка черновика)
command-paste-and-check = Вставить и проверить (проверка черновика)
command-copy-revised = Копировать исправленный черновик (проверка черновика)
command-copy-anyway = Копировать, не заполнив пропуски (форма заполнения)
command-save-phrase = Сохранить фразу (редактор)
command-all-phrases = Все фразы
command-trash = Корзина
command-review = Проверка
command-import = Импорт…
command-export = Экспорт…
command-subscribe = Подписаться на коллекцию команды…
command-quit = Выйти
command-copy-selected-tooltip = Для шаблонов и фраз с пропусками сначала откроется форма заполнения
command-copy-row-tooltip = Ctrl+1 копирует первую строку, Ctrl+2 — вторую…
command-other-languages-tooltip = Если на выбранном языке совпадений мало, показать все языки
command-delete-phrase-tooltip = Переносит фразу в корзину; Ctrl+Z возвращает её
command-undo-tooltip = Возвращает последние удалённые фразы, по одной за нажатие
command-compact-tooltip = Только поиск и результаты — узкая полоса рядом с окном звонка
command-side-panel-tooltip = Разделы, язык, ситуации и метки
command-detail-pane-tooltip = Выбранная фраза целиком, с переводами
command-check-draft-tooltip = Резкие места выделены, мягкие варианты — в одно нажатие
command-paste-and-check-tooltip = Заменяет черновик содержимым буфера обмена
command-copy-anyway-tooltip = Копирует, даже если пропуск не заполнен; в ответе останется {"{"}the_blank{"}"}

## Названия языков (языки фраз: фильтры, значки, переводы)
language-en = Английский
language-nl = Нидерландский
language-sv = Шведский
language-ru = Русский
language-de = Немецкий
language-fr = Французский
language-es = Испанский
language-da = Датский
language-nb = Норвежский
language-fi = Финский
language-it = Итальянский
language-pl = Польский
language-pt = Португальский
# Язык с вариантом: «Нидерландский (неформальный)», «Английский (US)». Прилагательные — мужского
# рода, в согласии со словом «язык».
language-with-variant = { $language } ({ $variant })
language-variant-informal = неформальный
language-variant-formal = официальный

## Статусы фраз (значки)
status-draft = черновик
status-vetted = одобрено
status-retired = в архиве

## Боковая панель
sidebar-tagline = скажите это мягко
sidebar-all-phrases = Все фразы
sidebar-favourites = Избранное
sidebar-recent = Недавние
sidebar-trash = Корзина
sidebar-check-draft = Проверка черновика
sidebar-language = Язык
sidebar-all-languages = Все языки
sidebar-include-drafts = Показывать черновики
sidebar-situations = Ситуации
sidebar-all-situations = Все ситуации
# Ситуация в списке с числом фраз в ней: «Отказ в просьбе  (12)».
sidebar-situation-count = { $situation }  ({ $count })
sidebar-tag = Метка
sidebar-any-tag = любая

## Поиск и результаты
search-label = Поиск
search-hint = введите то, что собирались сказать…
search-expand = Развернуть
toast-undo = Отменить
# Строка под пустым полем поиска. $view: all, favourites, recent или trash.
results-browsing = { $view ->
    [favourites] { $count ->
        [one] { $count } фраза в избранном · сначала избранные и недавние
        [few] { $count } фразы в избранном · сначала избранные и недавние
        [many] { $count } фраз в избранном · сначала избранные и недавние
       *[other] { $count } фразы в избранном · сначала избранные и недавние
    }
    [recent] { $count ->
        [one] { $count } фраза среди недавно скопированных · сначала избранные и недавние
        [few] { $count } фразы среди недавно скопированных · сначала избранные и недавние
        [many] { $count } фраз среди недавно скопированных · сначала избранные и недавние
       *[other] { $count } фразы среди недавно скопированных · сначала избранные и недавние
    }
    [trash] { $count ->
        [one] { $count } фраза в корзине · сначала избранные и недавние
        [few] { $count } фразы в корзине · сначала избранные и недавние
        [many] { $count } фраз в корзине · сначала избранные и недавние
       *[other] { $count } фразы в корзине · сначала избранные и недавние
    }
   *[all] { $count ->
        [one] { $count } фраза · сначала избранные и недавние
        [few] { $count } фразы · сначала избранные и недавние
        [many] { $count } фраз · сначала избранные и недавние
       *[other] { $count } фразы · сначала избранные и недавние
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
        [many] { $count } совпадений в избранном · Enter или Ctrl+цифра копирует
       *[other] { $count } совпадения в избранном · Enter или Ctrl+цифра копирует
    }
    [recent] { $count ->
        [one] { $count } совпадение среди недавно скопированных · Enter или Ctrl+цифра копирует
        [few] { $count } совпадения среди недавно скопированных · Enter или Ctrl+цифра копирует
        [many] { $count } совпадений среди недавно скопированных · Enter или Ctrl+цифра копирует
       *[other] { $count } совпадения среди недавно скопированных · Enter или Ctrl+цифра копирует
    }
    [trash] { $count ->
        [one] { $count } совпадение в корзине · Enter или Ctrl+цифра копирует
        [few] { $count } совпадения в корзине · Enter или Ctrl+цифра копирует
        [many] { $count } совпадений в корзине · Enter или Ctrl+цифра копирует
       *[other] { $count } совпадения в корзине · Enter или Ctrl+цифра копирует
    }
   *[all] { $count ->
        [one] { $count } совпадение · Enter или Ctrl+цифра копирует
        [few] { $count } совпадения · Enter или Ctrl+цифра копирует
        [many] { $count } совпадений · Enter или Ctrl+цифра копирует
       *[other] { $count } совпадения · Enter или Ctrl+цифра копирует
    }
}
# Кнопка: совпадения, скрытые фильтром языка. $keys — сочетание клавиш (Alt+L).
results-elsewhere = { $count ->
    [one] Ещё { $count } на другом языке ({ $keys })
    [few] Ещё { $count } на других языках ({ $keys })
    [many] Ещё { $count } на других языках ({ $keys })
   *[other] Ещё { $count } на других языках ({ $keys })
}
results-every-language = · все языки
# Кнопка копирования в строке результата: «Копировать (Ctrl+1)».
results-copy-keys = Копировать ({ $keys })
results-copy = Копировать
# Что слышат программы экранного доступа для кнопки копирования строки.
results-copy-row = Копировать результат { $row }
# Резкая формулировка под фразой, в кавычках.
results-instead-of = вместо «{ $blunt }»
badge-favourite = в избранном
badge-needs-review = нужна проверка
badge-template = шаблон

## Панель сведений
detail-select-a-phrase = Выберите фразу, чтобы увидеть её целиком.
detail-copy = Копировать
detail-unfavourite = Из избранного
detail-favourite = В избранное
detail-large-type = Крупный шрифт
detail-edit = Изменить фразу
detail-duplicate = Дублировать
detail-delete = Удалить
detail-status = Статус
detail-instead-of = Вместо
# Одна резкая формулировка, в кавычках.
detail-quoted = «{ $line }»
detail-why = Почему это работает
detail-copied-times = { $count ->
    [one] Скопировано { $count } раз
    [few] Скопировано { $count } раза
    [many] Скопировано { $count } раз
   *[other] Скопировано { $count } раза
}
detail-translations = Переводы
# Копирует перевод: «Копировать: Нидерландский» (двоеточие — чтобы не склонять название языка).
detail-copy-language = Копировать: { $language }
detail-not-reviewed = Не проверено после изменения оригинала

## Корзина
trash-heading = Корзина
trash-back = Назад к поиску
trash-empty = Корзина пуста. Удалённые фразы хранятся здесь, пока вы их не восстановите или не удалите навсегда.
trash-count = { $count ->
    [one] { $count } удалённая фраза · не видна в поиске и экспорте до восстановления
    [few] { $count } удалённые фразы · не видны в поиске и экспорте до восстановления
    [many] { $count } удалённых фраз · не видны в поиске и экспорте до восстановления
   *[other] { $count } удалённой фразы · не видны в поиске и экспорте до восстановления
}
trash-restore = Восстановить
trash-restore-tooltip = Вернуть в поиск и экспорт
trash-delete-forever = Удалить навсегда
trash-delete-forever-tooltip = Это действие нельзя отменить

## О программе Tactful
about-description = Настольный разговорник с проверенными тактичными формулировками вместо резких — для тех, кто весь день общается с клиентами.
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
editor-edit-heading = Изменение фразы
editor-tags = Метки (через запятую)
editor-why = Почему это работает
editor-save = Сохранить (Ctrl+S)
editor-cancel = Отмена (Esc)
editor-unsaved = несохранённые изменения
editor-discard-heading = Отбросить несохранённые изменения?
editor-discard-body = Всё, что вы ввели в редакторе, будет потеряно.
editor-discard = Отбросить
editor-keep-editing = Продолжить правку
editor-language = Язык
editor-status = Статус
editor-collection = Коллекция
editor-collection-fixed = Сохранённая фраза остаётся в своей коллекции; чтобы поместить копию в другую, дублируйте фразу
editor-situation = Ситуация
editor-rename-situation = Переименовать…
editor-no-situation = пока не выбрана: найдите ниже
# Ключ ситуации, которой нет в разговорнике.
editor-unknown-situation = { $key } (неизвестная ситуация)
editor-find-situation = Найти ситуацию
editor-find-situation-hint = название или ключ; Enter выбирает первую
editor-no-situation-matches = подходящих ситуаций нет
editor-title = Название (назначение шаблона, например «Отказ в возврате»)
editor-text = Текст
# {"{"}customer_name{"}"} не переводится: так в тексте фразы записывается пропуск.
editor-text-hint = Что сказать. {"{"}customer_name{"}"} — пропуск, который заполняется при копировании.
editor-no-placeholders = Пропусков нет: копируется как есть.
editor-placeholders = Пропуски
editor-form-preview = Предпросмотр формы заполнения
editor-sample = пример
editor-blunt-lines = Вместо (резкие формулировки, которые заменяет фраза)
editor-remove = Убрать
editor-remove-tooltip = Убрать эту резкую формулировку
editor-new-blunt-line = Новая резкая формулировка
editor-new-blunt-line-hint = Нет, мы так не делаем.
editor-add = Добавить
editor-no-translations = Других языков пока нет.
editor-add-language = Добавить язык
editor-add-translation = Добавить перевод
editor-save-before-link = Сначала сохраните фразу, чтобы связать с ней уже существующие.
editor-link-existing = Связать с существующей фразой
editor-link-hint = поиск по тексту
# $language — код языка (nl, sv-x-informal); двоеточие, чтобы код не склонять.
editor-link-language = Связать: { $language }
editor-new-translation = новый
editor-unlink = Отвязать: { $language }
editor-unlink-tooltip = При сохранении эта фраза перестанет быть переводом редактируемой
editor-text-in = Текст ({ $language })

## Список сочетаний клавиш
help-heading = Сочетания клавиш
help-type = Набор текста
help-type-searches = Поиск по фразам, резким формулировкам, ситуациям и меткам
# Два сочетания для одной команды: «Ctrl+F  или  /».
help-keys-or = { $keys }  или  { $other }
# Синтаксис поиска: символы и пробелы сохранены, переведены только слова.
help-search-syntax = Поиск: 'точно  ^начало  !исключить  "два слова"
dialog-close = Закрыть (Esc)

## Форма заполнения
fill-heading = Заполните пропуски
fill-needs-review = Этот перевод нужно проверить: оригинал изменился после проверки.
fill-still-empty = Не заполнено: { $blanks }.
fill-preview = Предпросмотр
fill-copy = Копировать (Enter)
fill-copy-tooltip = Копируется как обычный текст и как HTML
fill-copy-anyway = Всё равно копировать ({ $keys })
fill-cancel = Отмена (Esc)
fill-date-hint = выберите или введите дату
fill-time-hint = например, 14:30
fill-pick = Выбрать…
fill-pick-tooltip = Выбрать дату в календаре
# Что слышат программы экранного доступа для кнопки календаря у пропуска.
fill-pick-blank = Выбрать: { $blank }
# Заголовки столбцов календаря, с понедельника, через пробел.
calendar-weekdays = Пн Вт Ср Чт Пт Сб Вс

## Настройки
settings-heading = Настройки
settings-profile = Данные профиля заполняют эти пропуски во всех шаблонах
# Подсказка в поле профиля: «заполняет {"{"}agent_name{"}"}».
settings-fills = заполняет { $placeholder }
settings-theme = Тема
settings-theme-system = Системная
settings-theme-light = Светлая
settings-theme-dark = Тёмная
settings-interface-language = Язык интерфейса
# Подпись к списку языков; «Новые фразы на» потребовало бы склонять название языка.
settings-new-phrases-in = Язык новых фраз
settings-shown-language = как в фильтре
settings-text-size = Размер текста
settings-global-shortcut = Глобальное сочетание
settings-global-shortcut-on = Вызывать Tactful из любой программы (X11, Windows, macOS)
settings-keys = Клавиши
settings-window = Окно
settings-compact = Компактный режим (только поиск и результаты)
settings-done = Готово
profile-agent-name = Ваше имя
profile-company = Компания
profile-team-phone = Телефон команды
profile-team-email = Эл. почта команды
profile-signature = Подпись

## Сообщения в строке состояния. $error — причина от разговорника, на английском.
toast-refresh-failed = Не удалось обновить список: { $error }
toast-favourite-added = Добавлено в избранное
toast-favourite-removed = Убрано из избранного
# $keys — сочетание «всё равно копировать» (Ctrl+Enter).
toast-blanks-empty = { $count ->
    [one] Не скопировано: { $count } пропуск не заполнен. Заполните пропуски или всё равно скопируйте ({ $keys }).
    [few] Не скопировано: { $count } пропуска не заполнены. Заполните пропуски или всё равно скопируйте ({ $keys }).
    [many] Не скопировано: { $count } пропусков не заполнено. Заполните пропуски или всё равно скопируйте ({ $keys }).
   *[other] Не скопировано: { $count } пропуска не заполнено. Заполните пропуски или всё равно скопируйте ({ $keys }).
}
toast-copied-not-counted = Скопировано, но счётчик копирований не обновлён: { $error }
toast-copied-needs-review = Скопировано. Внимание: этот перевод ещё нужно проверить
toast-copied = Скопировано
toast-copied-revised = Исправленный черновик скопирован
toast-draft-changed = Черновик изменился; замечания обновлены
# Действие выполнено, но список на экране не перечитан: «Сохранено, но список…».
toast-done-but-refresh-failed = { $message }, но список не удалось обновить: { $error }
# $text — начало удалённой фразы.
toast-deleted = Удалено: «{ $text }»
toast-nothing-to-undo = Нечего отменять
toast-deleted-for-good = Удалено навсегда
# $status — название статуса (черновик, одобрено, в архиве).
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
# Одна ошибка в файле: «team.json: phrase 3 has no text».
import-problem = { $file }: { $problem }
import-choose-file = Сначала выберите файл коллекции
toast-imported = Импортировано в «{ $collection }»: добавлено { $added }, обновлено { $updated }, в архив { $retired }, { $conflicts ->
    [one] { $conflicts } конфликт
    [few] { $conflicts } конфликта
    [many] { $conflicts } конфликтов
   *[other] { $conflicts } конфликта
}
export-choose-path = Сначала выберите, куда сохранить файл
toast-exported = { $count ->
    [one] { $count } фраза экспортирована в { $path }
    [few] { $count } фразы экспортированы в { $path }
    [many] { $count } фраз экспортировано в { $path }
   *[other] { $count } фразы экспортировано в { $path }
}

## Команда: отслеживаемые папки, проверка
team-synced-file = { $file }: добавлено { $added }, обновлено { $updated }, в архив { $retired }, { $conflicts ->
    [one] { $conflicts } конфликт
    [few] { $conflicts } конфликта
    [many] { $conflicts } конфликтов
   *[other] { $conflicts } конфликта
}
team-sync-failed-file = { $file }: { $error }
team-not-synced = Подписки не синхронизированы: { $error }
team-no-watching = Отслеживаемые папки синхронизируются только при запуске: { $error }
team-vetted = Одобрено: теперь фраза у всех отмечена как готовая
team-kept-ours = Оставлена ваша версия
team-took-theirs = Принята входящая версия
team-following = Отслеживается: { $path }

## Ошибки редактора: название поля, затем что с ним не так ($error — на английском).
editor-error-language = Язык: { $error }
editor-error-no-situation = Ситуация: выберите существующую или добавьте новую
editor-error-situation = Ситуация: { $error }
editor-error-empty-text = Текст: не может быть пустым
editor-error-text = Текст: { $error }
editor-error-translation-language = Язык перевода: { $error }

## Глобальное сочетание клавиш
hotkey-not-a-shortcut = «{ $spec }» — не сочетание клавиш ({ $error }); попробуйте { $suggested }
hotkey-unavailable = глобальные сочетания клавиш здесь недоступны: { $error }
hotkey-taken = нельзя использовать { $spec }: { $error }

## Запуск окна (выводится в терминал)
window-handed-over = Tactful уже запущен; его окно выведено на передний план.
window-no-clipboard = { $error }; копирование работает только внутри программы
window-cannot-open = не удалось открыть окно (запущен ли графический сеанс? Командная строка работает и без него: `tactful --help`)

## Проверка черновика
draft-explanation = Вставьте или введите ответ, который собираетесь отправить. Tactful выделит каждую резкую формулировку, для которой в разговорнике есть более мягкий вариант. Щёлкните выделенное место или замечание, чтобы увидеть варианты; один щелчок (или Alt+цифра) по варианту вставляет его в черновик. F6 — переход между замечаниями; Ctrl+Enter копирует исправленный черновик.
draft-heading = Проверка черновика
draft-paste-and-check = Вставить и проверить
draft-copy-revised = Копировать исправленное
# Язык черновика, определённый автоматически: «авто (Нидерландский)».
draft-detected = авто ({ $language })
draft-language = Язык черновика
draft-detect = авто
draft-esc-returns = Esc — назад к поиску
draft-checking = проверка…
draft-nothing-found = Резких формулировок не найдено ({ $language }).
draft-findings-count = { $count ->
    [one] { $count } замечание ({ $language }) · F6 или щелчок покажет варианты
    [few] { $count } замечания ({ $language }) · F6 или щелчок покажет варианты
    [many] { $count } замечаний ({ $language }) · F6 или щелчок покажет варианты
   *[other] { $count } замечания ({ $language }) · F6 или щелчок покажет варианты
}
draft-findings = Замечания
draft-no-findings = Замечаний нет
draft-no-findings-body = В этом черновике нет резких формулировок из разговорника.
# Одно замечание: выделенное место и ситуация, к которой оно относится.
draft-finding = «{ $passage }»  · { $situation }
draft-click-a-finding = Щёлкните замечание (или нажмите F6), чтобы увидеть, что сказать вместо этого.
draft-sounds-like = Похоже на
draft-situation = Ситуация: { $situation }
draft-say-instead = Лучше сказать (щелчок или Alt+цифра)
draft-put-in-place = Вставить в черновик вместо выделенного места
draft-fill-first = Сначала заполните пропуски ({ $blanks }), затем текст попадёт в черновик
draft-template-blanks = шаблон · заполнить: { $blanks }
draft-fill-heading = Заполните пропуски перед вставкой в черновик
draft-insert = Вставить в черновик (Enter)
dialog-cancel = Отмена

## Команда: фильтр коллекций, очередь проверки, подписка
team-collection = Коллекция
team-all-collections = все
team-review-waiting = Проверка ({ $waiting })
team-review-conflicts = { $conflicts ->
    [one] Проверка ({ $waiting }, { $conflicts } конфликт)
    [few] Проверка ({ $waiting }, { $conflicts } конфликта)
    [many] Проверка ({ $waiting }, { $conflicts } конфликтов)
   *[other] Проверка ({ $waiting }, { $conflicts } конфликта)
}
command-review-tooltip = Черновики, переводы на перепроверку и конфликты
team-subscribe = Подписаться…
team-subscribe-tooltip = Отслеживать папку команды или файл коллекции
team-phrase-collection = Коллекция: { $collection }
team-needs-review = Нужна проверка: перевод изменился
team-vet = Одобрить
team-vet-tooltip = Одобрить от имени, указанного в настройках
team-conflict = Конфликт с версией команды
team-review = Проверка
team-nothing-waits = Проверять нечего.
team-conflicts-heading = Конфликты ({ $count })
team-yours = Ваша:
team-incoming = Входящая:
team-removed-upstream = удалена в источнике
team-keep-mine = Оставить мою
team-take-theirs = Принять входящую
team-retire-it = В архив
team-recheck-heading = Переводы на перепроверку ({ $count })
team-drafts-heading = Черновики ({ $count })
subscribe-button = Подписаться
import-file = Файл
dialog-browse = Обзор…
import-preview = Предпросмотр
import-refused = Этот файл нельзя импортировать; ничего не изменено:
import-dry-run = Пробный импорт в «{ $collection }»: пока ничего не изменено.
# Числа предпросмотра импорта стоят в отдельном столбце перед словами, поэтому слова —
# подписи, не согласуемые с числом.
import-count-add = будет добавлено
import-count-update = будет обновлено
import-count-unchanged = без изменений
import-count-kept = { $count ->
    [one] местная правка сохранена
    [few] местные правки сохранены
   *[many] местных правок сохранено
}
import-count-retire = в архив (удалены из файла)
import-count-conflicts = { $count ->
    [one] конфликт (см. «Проверка»)
    [few] конфликта (см. «Проверка»)
   *[many] конфликтов (см. «Проверка»)
}
import-count-situations = { $count ->
    [one] новая ситуация
    [few] новые ситуации
   *[many] новых ситуаций
}
import-count-titles = { $count ->
    [one] название ситуации изменено
    [few] названия ситуаций изменены
   *[many] названий ситуаций изменено
}
import-added = Добавлено
import-updated = Обновлено
import-apply = Импортировать
import-nothing-new = Всё из этого файла уже есть в разговорнике.
import-and-more = … и ещё { $count }
export-all-collections = все коллекции
export-save-to = Сохранить в
export-button = Экспортировать

## Диалог ситуации
situation-rename-heading = Переименование ситуации
situation-new-heading = Новая ситуация
situation-title = Название
situation-title-language = Язык названия
situation-description = Описание
situation-key = Ключ
situation-key-hint = создаётся из названия
situation-save = Сохранить ситуацию
import-path-hint = /путь/к/team.json

## После слияния: вставка в программу, из которой вызвали Tactful; подписанные коллекции команды
command-copy-selected = Вставить или скопировать выбранную фразу (Настройки, Enter)
command-copy-other = Другое из «вставить» и «скопировать»
subscribe-heading = Подписка на коллекцию команды
subscribe-body = Папка с файлами коллекций (.json, .csv, .yml), один файл или его веб-адрес. Он импортируется сейчас, при каждом запуске Tactful и при каждом изменении; веб-адрес проверяется раз в несколько минут.
subscribe-path = Папка, файл или веб-адрес
paste-enter-copy = Копировать
paste-enter-copy-and-hide = Копировать и скрыть Tactful
paste-enter-paste = Вставить в программу, из которой я пришёл
paste-button-copy = Копировать
paste-button-copy-and-hide = Копировать и скрыть
paste-button-paste = Вставить
paste-enter = Enter
paste-shift-enter = Shift+Enter: { $action }
paste-how = Вставка работает, когда Tactful вызван из другого окна (сочетанием клавиш или tactful --show).
paste-keystroke = Клавиши вставки
paste-restore-clipboard = После вставки вернуть прежнее содержимое буфера обмена
paste-button-keys = { $action } ({ $keys })
toast-pasting = Вставка…
toast-copied-and-more = { $copied }. { $more }
toast-pasted-into = Вставлено в { $window }
toast-not-pasted = Не вставлено: { $reason }. Фраза в буфере обмена.
paste-off-in-this-window = Вставка в другое окно в этом окне отключена.
subscribe-path-hint = https://intranet.example/tactful/support.json
subscribe-keys = Доверенные ключи подписи (необязательно, по одному в строке)
subscribe-keys-hint = RWQ… (из tactful.pub руководителя команды)
subscribe-keys-explained = С ключами принимаются только файлы, подписанные руководителем команды.
subscribe-followed = Отслеживается
subscribe-last-synced = Последняя синхронизация: { $date }, { $time }.
subscribe-not-synced = Ещё не синхронизировано.
subscribe-last-failed = Последняя попытка не удалась: { $error }
subscribe-signed-only = Принимается, только если подписано одним из ключей: { $keys }.
import-skipped = Пропущено: не импортировано (место в файле и причина)
import-with-loss = Импортировано с потерями
file-filter-import = Коллекции и экспорт сниппетов

subscribe-working = Первая загрузка…
import-reading = Чтение файла…
import-applying = Импорт…
job-not-started = Не удалось запустить фоновую задачу
job-stopped = Фоновая задача прервалась, не завершившись
team-vetted-by-on = Одобрено: { $name }, { $date }
team-vetted-by = Одобрено: { $name }
team-vetted-on = Одобрено { $date }
team-signed-by = Подписано ключом команды { $key }

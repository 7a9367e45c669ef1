<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../ui/EventDetailView.cpp" line="+48"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n элемент]</numerusform>
            <numerusform>[%n элемента]</numerusform>
            <numerusform>[%n элементов]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n ключ}</numerusform>
            <numerusform>{%n ключа}</numerusform>
            <numerusform>{%n ключей}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::AuditLog</name>
    <message>
        <location filename="../../app/core/queue/AuditLog.cpp" line="+36"/>
        <source>Cannot create the folder %1 for the audit log.</source>
        <translation>Не удаётся создать папку %1 для журнала аудита.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Не удаётся записать журнал аудита %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the audit log %1: %2</source>
        <translation>Не удаётся прочитать журнал аудита %1: %2</translation>
    </message>
</context>
<context>
    <name>b24::ClearExecutor</name>
    <message>
        <location filename="../../app/core/queue/ClearExecutor.cpp" line="+81"/>
        <source>The clear plan holds no request.</source>
        <translation>В плане очистки нет ни одного запроса.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The batch answer has no result for command %1.</source>
        <translation>В ответе на пакетный запрос (batch) нет результата команды %1.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>marked as error meanwhile (now in Errors)</source>
        <translation>за это время отмечена как ошибочная (теперь в группе «Ошибки»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released from the batch meanwhile (now unreserved)</source>
        <translation>за это время освобождена из пакета (теперь свободная)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>reserved meanwhile by batch %1</source>
        <translation>за это время зарезервирована пакетом %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer an error row (ERROR changed)</source>
        <translation>больше не ошибочная (ERROR изменился)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>not cleared: its request was not sent (cancelled)</source>
        <translation>не удалена: её запрос не отправлен (отменено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not cleared: its request was not sent (the run stopped earlier)</source>
        <translation>не удалена: её запрос не отправлен (выполнение остановилось раньше)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not cleared: its request failed</source>
        <translation>не удалена: её запрос завершился ошибкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not cleared: the outcome of its request is unknown and it was not repeated</source>
        <translation>не удалена: результат её запроса неизвестен, и он не повторялся</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still present although the portal accepted the request</source>
        <translation>всё ещё на месте, хотя портал принял запрос</translation>
    </message>
</context>
<context>
    <name>b24::ClearPlan</name>
    <message>
        <location filename="../../app/core/queue/ClearPlan.cpp" line="+39"/>
        <source>Nothing is selected, so nothing will be cleared. Select at least one record; an empty id list would make the portal clear the whole group.</source>
        <translation>Ничего не выбрано, поэтому ничего не будет удалено. Выберите хотя бы одну запись: с пустым списком id портал очистил бы всю группу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record ID %1 is not valid: IDs are whole numbers of 1 or more.</source>
        <translation>ID записи %1 недопустим: ID — целые числа от 1 и больше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record ID %1 is listed twice. List every record once.</source>
        <translation>ID записи %1 указан дважды. Укажите каждую запись один раз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No MESSAGE_ID is selected, so nothing will be cleared. Select at least one record; an empty list would make the portal clear the whole group.</source>
        <translation>Не выбран ни один MESSAGE_ID, поэтому ничего не будет удалено. Выберите хотя бы одну запись: с пустым списком портал очистил бы всю группу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a MESSAGE_ID: a MESSAGE_ID is exactly 32 hexadecimal characters (0-9, a-f).</source>
        <translation>«%1» — не MESSAGE_ID: MESSAGE_ID состоит ровно из 32 шестнадцатеричных символов (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MESSAGE_ID %1 is listed twice. List every MESSAGE_ID once.</source>
        <translation>MESSAGE_ID %1 указан дважды. Укажите каждый MESSAGE_ID один раз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The batch has no process id. Reload the queue and choose the batch again.</source>
        <translation>У пакета нет process_id. Перезагрузите очередь и выберите пакет заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values per command must be between 1 and %1 (got %2).</source>
        <translation>Число значений в одной команде должно быть от 1 до %1 (указано %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clearing by MESSAGE_ID cannot also take record IDs: the portal would ignore the IDs. Choose one mode.</source>
        <translation>Очистка по MESSAGE_ID не может одновременно принимать ID записей: портал проигнорирует ID. Выберите один режим.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clearing by ID cannot also take MESSAGE_IDs: the portal would clear by MESSAGE_ID and ignore the IDs. Choose one mode.</source>
        <translation>Очистка по ID не может одновременно принимать MESSAGE_ID: портал очистит по MESSAGE_ID и проигнорирует ID. Выберите один режим.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Clear %n record(s) by ID from %1.</source>
        <translation>
            <numerusform>Удалить %n запись по ID из группы «%1».</numerusform>
            <numerusform>Удалить %n записи по ID из группы «%1».</numerusform>
            <numerusform>Удалить %n записей по ID из группы «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Clear every copy of %n MESSAGE_ID(s) in %1.</source>
        <translation>
            <numerusform>Удалить все копии %n MESSAGE_ID в группе «%1».</numerusform>
            <numerusform>Удалить все копии %n MESSAGE_ID в группе «%1».</numerusform>
            <numerusform>Удалить все копии %n MESSAGE_ID в группе «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Clear the entire group %1: %n record(s), listed by ID.</source>
        <translation>
            <numerusform>Очистить всю группу «%1»: %n запись, перечисленная по ID.</numerusform>
            <numerusform>Очистить всю группу «%1»: %n записи, перечисленные по ID.</numerusform>
            <numerusform>Очистить всю группу «%1»: %n записей, перечисленных по ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::ClearReport</name>
    <message>
        <location filename="../../app/core/queue/ClearReport.cpp" line="+48"/>
        <source>Nothing was sent: %1</source>
        <translation>Ничего не отправлено: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cleared %1 of %2; still present %3.</source>
        <translation>Удалено %1 из %2; осталось %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not verify the result: the re-list failed (%1). Reload the queue to see what is left.</source>
        <translation>Не удалось проверить результат: повторное чтение списка не удалось (%1). Перезагрузите очередь, чтобы увидеть, что осталось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The outcome of %n request(s) is unknown: the connection ended after sending. They were not repeated.</source>
        <translation>
            <numerusform>Результат %n запроса неизвестен: соединение оборвалось после отправки. Запросы не повторялись.</numerusform>
            <numerusform>Результат %n запросов неизвестен: соединение оборвалось после отправки. Запросы не повторялись.</numerusform>
            <numerusform>Результат %n запросов неизвестен: соединение оборвалось после отправки. Запросы не повторялись.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n request(s) failed.</source>
        <translation>
            <numerusform>%n запрос завершился ошибкой.</numerusform>
            <numerusform>%n запроса завершились ошибкой.</numerusform>
            <numerusform>%n запросов завершились ошибкой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) were not sent.</source>
        <translation>
            <numerusform>%n запрос не был отправлен.</numerusform>
            <numerusform>%n запроса не были отправлены.</numerusform>
            <numerusform>%n запросов не были отправлены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before the end.</source>
        <translation>Отменено до завершения.</translation>
    </message>
</context>
<context>
    <name>b24::DestructiveCallGuard</name>
    <message>
        <location filename="../../app/core/net/DestructiveCallGuard.cpp" line="+90"/>
        <source>“id” must be a list of event IDs (positive integers).</source>
        <translation>«id» должен быть списком ID событий (положительных целых чисел).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“id” must hold only positive integer event IDs.</source>
        <translation>«id» может содержать только ID событий — положительные целые числа.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“message_id” must be a list of MESSAGE_ID values.</source>
        <translation>«message_id» должен быть списком значений MESSAGE_ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every “message_id” value must be a 32-character MESSAGE_ID.</source>
        <translation>Каждое значение «message_id» должно быть MESSAGE_ID из 32 символов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>process_id is missing. Read the events with event.offline.get first and pass the process_id it returned.</source>
        <translation>Не указан process_id. Сначала получите события через event.offline.get и передайте process_id, который он вернул.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>event.offline.error takes only message_id; remove “id” and pass the events&apos; MESSAGE_ID values.</source>
        <translation>event.offline.error принимает только message_id: уберите «id» и передайте значения MESSAGE_ID событий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message_id list is empty or missing, so no event would be marked. Pass the MESSAGE_ID values of the events to mark as failed.</source>
        <translation>Список message_id пуст или не указан, поэтому ни одно событие не будет отмечено. Передайте MESSAGE_ID событий, которые нужно отметить как ошибочные.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both id and message_id were given. The portal would use message_id and silently ignore id; send one list only.</source>
        <translation>Указаны и id, и message_id. Портал использует message_id и молча проигнорирует id; передайте только один список.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The id/message_id list is empty or missing. The portal would delete the whole batch (every event of this process_id), not just selected events. Select the events to delete, or use “clear whole batch” explicitly with the event IDs listed.</source>
        <translation>Список id/message_id пуст или не указан. Портал удалит весь пакет (все события этого process_id), а не только выбранные. Выберите события для удаления или явно используйте «очистить весь пакет» с перечислением ID событий.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>event.offline.get with an empty process_id and clear=1 would delete every unreserved event of the application. Pass clear=0, or leave process_id out.</source>
        <translation>event.offline.get с пустым process_id и clear=1 удалит все свободные события приложения. Передайте clear=0 или не указывайте process_id.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>The batch has no commands.</source>
        <translation>В пакетном запросе (batch) нет команд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A batch may hold at most 50 commands; this one has %1. Split it.</source>
        <translation>Пакетный запрос (batch) может содержать не более 50 команд, а в этом их %1. Разделите его.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch command “%1” is a nested batch, which the portal does not allow.</source>
        <translation>Команда «%1» в пакетном запросе сама является пакетным запросом, а портал не допускает вложенных batch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch command “%1” (%2): %3</source>
        <translation>Команда пакетного запроса «%1» (%2): %3</translation>
    </message>
</context>
<context>
    <name>b24::ErrorCatalog</name>
    <message>
        <location filename="../../app/core/net/ErrorCatalog.cpp" line="+32"/>
        <source>Invalid parameter</source>
        <translation>Недопустимый параметр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal rejected one of the parameters of the call.</source>
        <translation>Портал отклонил один из параметров вызова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the parameter named in the message (filter, order, limit, process_id, id or message_id) and correct it.</source>
        <translation>Проверьте параметр, названный в сообщении (filter, order, limit, process_id, id или message_id), и исправьте его.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No authorization found</source>
        <translation>Авторизация не найдена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not find a usable access token in the request.</source>
        <translation>Портал не нашёл в запросе пригодный токен доступа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the application&apos;s access token in the connection profile, or reconnect the application.</source>
        <translation>Укажите токен доступа приложения в профиле подключения или переподключите приложение.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access token expired</source>
        <translation>Срок действия токена доступа истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access tokens live one hour. This one has expired and could not be renewed automatically.</source>
        <translation>Токен доступа действует один час. Этот токен истёк, и продлить его автоматически не удалось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the refresh token, client id and client secret to the connection profile so the token can be renewed, or paste a fresh access token.</source>
        <translation>Добавьте в профиль подключения токен обновления (refresh token), код приложения (client_id) и ключ приложения (client_secret), чтобы токен продлевался, или вставьте новый токен доступа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid access token</source>
        <translation>Недействительный токен доступа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth server does not recognise the access token (mistyped, revoked, or issued for another portal).</source>
        <translation>Сервер OAuth не распознал токен доступа (опечатка, токен отозван или выдан для другого портала).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the access token again or reconnect the application to get a new one.</source>
        <translation>Вставьте токен доступа заново или переподключите приложение, чтобы получить новый.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insufficient scope</source>
        <translation>Недостаточно прав доступа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token does not carry the permissions (scope) this method needs.</source>
        <translation>У токена нет прав доступа (scope), необходимых этому методу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the required scope to the application&apos;s settings in the portal, reinstall or reauthorize it, and use the new token.</source>
        <translation>Добавьте нужные права доступа в настройках приложения на портале, переустановите или заново авторизуйте его и используйте новый токен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Webhook token used</source>
        <translation>Использован токен вебхука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event.offline.* methods accept only an application&apos;s OAuth token; incoming webhooks and browser sessions are refused.</source>
        <translation>Методы event.offline.* принимают только OAuth-токен приложения; входящие вебхуки и сессии браузера отклоняются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the access token of the application that owns the offline queue (local or market application), not a webhook URL.</source>
        <translation>Используйте токен доступа приложения, которому принадлежит очередь офлайн-событий (локального или тиражного), а не адрес вебхука.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token&apos;s user is not a portal administrator, or REST is not available on this plan.</source>
        <translation>Пользователь токена не является администратором портала, или REST недоступен на этом тарифе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorize the application as a portal administrator, and check that the portal plan allows REST.</source>
        <translation>Авторизуйте приложение от имени администратора портала и убедитесь, что тариф портала разрешает REST.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature not in this plan</source>
        <translation>Возможность недоступна на этом тарифе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s plan does not include a feature the call needs: reading without deleting (clear=0) or auth_connector.</source>
        <translation>Тариф портала не включает возможность, нужную вызову: чтение без удаления (clear=0) или auth_connector.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade the plan, or switch off the option that needs it (use the default get or list, or leave auth_connector empty).</source>
        <translation>Смените тариф или отключите параметр, которому она нужна (используйте обычный get или list либо оставьте auth_connector пустым).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method not found</source>
        <translation>Метод не найден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal does not know this REST method (typo, or an old portal version).</source>
        <translation>Портал не знает такого метода REST (опечатка или старая версия портала).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the method name and that the portal address points at a Bitrix24 portal.</source>
        <translation>Проверьте название метода и то, что адрес указывает на портал Битрикс24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating time limit reached</source>
        <translation>Достигнут лимит времени выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This application spent too much server time in this method during the last 10 minutes, so the portal blocks it for a while.</source>
        <translation>За последние 10 минут приложение потратило в этом методе слишком много серверного времени, поэтому портал временно его блокирует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until the limit resets (reads are resumed automatically), then continue with smaller pages.</source>
        <translation>Дождитесь сброса лимита (чтение возобновится автоматически), затем продолжайте страницами меньшего размера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Слишком много запросов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s request-rate limit was exceeded (2 requests per second, bursts of 50; 5/250 on Enterprise).</source>
        <translation>Превышено ограничение частоты запросов портала (2 запроса в секунду, всплески до 50; 5/250 на тарифе «Энтерпрайз»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads are retried automatically. Lower the request rate in the connection profile if this keeps happening; other applications may share the limit.</source>
        <translation>Чтение повторяется автоматически. Если это происходит постоянно, снизьте частоту запросов в профиле подключения; лимит могут расходовать и другие приложения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REST blocked due to overload</source>
        <translation>REST заблокирован из-за перегрузки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal blocked REST access for this application because of overload.</source>
        <translation>Портал заблокировал этому приложению доступ к REST из-за перегрузки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending requests for a while; if the block stays, contact Bitrix24 support.</source>
        <translation>Прекратите отправлять запросы на некоторое время; если блокировка сохранится, обратитесь в поддержку Битрикс24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portal internal error</source>
        <translation>Внутренняя ошибка портала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s infrastructure failed to process the request.</source>
        <translation>Инфраструктура портала не смогла обработать запрос.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a minute. For clear or error calls, re-list the queue first to see whether the call took effect.</source>
        <translation>Повторите через минуту. Для вызовов clear и error сначала перечитайте очередь, чтобы узнать, сработал ли вызов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portal core error</source>
        <translation>Ошибка ядра портала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal hit an unexpected error (for example an SQL error) while running the method.</source>
        <translation>При выполнении метода на портале произошла непредвиденная ошибка (например, ошибка SQL).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again later; if it repeats, report it to the portal administrator or Bitrix24 support with the request log.</source>
        <translation>Повторите позже; если ошибка повторится, сообщите о ней администратору портала или в поддержку Битрикс24, приложив журнал запросов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portal deleted</source>
        <translation>Портал удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal at this address has been deleted.</source>
        <translation>Портал по этому адресу удалён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the portal address; if the portal moved, enter its new address.</source>
        <translation>Проверьте адрес портала; если портал переехал, укажите его новый адрес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTPS required</source>
        <translation>Требуется HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refuses this kind of request over plain HTTP.</source>
        <translation>Портал не принимает такие запросы по незащищённому HTTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// portal address.</source>
        <translation>Используйте адрес портала с https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application not found</source>
        <translation>Приложение не найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application the token belongs to is not installed on this portal (any more).</source>
        <translation>Приложение, которому принадлежит токен, не установлено на этом портале (или уже удалено).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the application again, or use a token of an installed application.</source>
        <translation>Установите приложение заново или используйте токен установленного приложения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unable to authorize user</source>
        <translation>Не удалось авторизовать пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal could not authorize the user the token was issued for (deactivated or deleted user).</source>
        <translation>Портал не смог авторизовать пользователя, для которого выдан токен (пользователь деактивирован или удалён).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reauthorize the application as an active portal administrator.</source>
        <translation>Заново авторизуйте приложение от имени действующего администратора портала.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User has no access to the application</source>
        <translation>У пользователя нет доступа к приложению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token&apos;s user is not allowed to use this application.</source>
        <translation>Пользователю токена не разрешено пользоваться этим приложением.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant the user access to the application in the portal, or use an administrator&apos;s token.</source>
        <translation>Предоставьте пользователю доступ к приложению на портале или используйте токен администратора.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result could not be encoded</source>
        <translation>Не удалось закодировать результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal could not encode the result as JSON, usually because an event holds invalid UTF-8 data.</source>
        <translation>Портал не смог закодировать результат в JSON — обычно потому, что в событии есть данные в неверной кодировке UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrow the filter (smaller limit or ID range) to find and skip the event with broken data.</source>
        <translation>Сузьте фильтр (меньший limit или диапазон ID), чтобы найти и пропустить событие с повреждёнными данными.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature code missing</source>
        <translation>Не указан код возможности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature.get was called without a CODE parameter.</source>
        <translation>feature.get вызван без параметра CODE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass the feature code, e.g. rest_offline_extended.</source>
        <translation>Передайте код возможности, например rest_offline_extended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch too long</source>
        <translation>Слишком длинный пакетный запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch may hold at most 50 commands; the ones beyond were not executed.</source>
        <translation>Пакетный запрос (batch) может содержать не более 50 команд; команды сверх этого не выполнены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split the work into batches of 50 commands or fewer.</source>
        <translation>Разделите работу на пакетные запросы не более чем по 50 команд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method not allowed in batch</source>
        <translation>Метод нельзя вызывать в пакетном запросе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This method (a nested batch, or a file upload/download) cannot run inside a batch.</source>
        <translation>Этот метод (вложенный batch или загрузка/скачивание файла) нельзя выполнять внутри пакетного запроса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the method on its own, outside the batch.</source>
        <translation>Вызовите метод отдельно, вне пакетного запроса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for administrator approval</source>
        <translation>Ожидается одобрение администратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The method needs a portal administrator to confirm the application&apos;s access.</source>
        <translation>Для этого метода администратор портала должен подтвердить доступ приложения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a portal administrator to approve the request in the portal, then retry.</source>
        <translation>Попросите администратора портала одобрить запрос на портале, затем повторите.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrator denied access</source>
        <translation>Администратор запретил доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A portal administrator refused the application&apos;s access to the method.</source>
        <translation>Администратор портала запретил приложению доступ к методу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the administrator to allow it in the portal settings.</source>
        <translation>Попросите администратора разрешить доступ в настройках портала.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid token request</source>
        <translation>Неверный запрос токена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth server rejected the token request as malformed.</source>
        <translation>Сервер OAuth отклонил запрос токена как некорректный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token endpoint URL and that client id, client secret and refresh token are filled in.</source>
        <translation>Проверьте адрес сервера выдачи токенов и то, что код приложения (client_id), ключ приложения (client_secret) и токен обновления заполнены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid client id or secret</source>
        <translation>Неверный код или ключ приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth server does not accept the application&apos;s client id or client secret.</source>
        <translation>Сервер OAuth не принимает код приложения (client_id) или ключ приложения (client_secret).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the client id and client secret again from the application&apos;s settings in the portal.</source>
        <translation>Скопируйте код приложения (client_id) и ключ приложения (client_secret) заново из настроек приложения на портале.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh token rejected</source>
        <translation>Токен обновления отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refresh token is expired (after 180 days), was already used, or belongs to another application.</source>
        <translation>Срок действия токена обновления истёк (через 180 дней), он уже был использован или принадлежит другому приложению.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reauthorize the application to get a new token pair and enter it in the connection profile.</source>
        <translation>Заново авторизуйте приложение, чтобы получить новую пару токенов, и укажите её в профиле подключения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid scope</source>
        <translation>Неверные права доступа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth server refused the requested scope.</source>
        <translation>Сервер OAuth отказал в запрошенных правах доступа (scope).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the application&apos;s scopes in the portal and reauthorize it.</source>
        <translation>Проверьте права доступа приложения на портале и заново авторизуйте его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application subscription required</source>
        <translation>Требуется подписка на приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth server refuses tokens for this application until its subscription or the portal&apos;s plan is paid.</source>
        <translation>Сервер OAuth не выдаёт токены этому приложению, пока не оплачена подписка на него или тариф портала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew the application&apos;s subscription or the portal plan.</source>
        <translation>Продлите подписку на приложение или тариф портала.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in code rejected</source>
        <translation>Код входа отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OAuth server refused the portal&apos;s one-time sign-in code. A code is valid for 30 seconds, works once and belongs to one application.</source>
        <translation>Сервер OAuth отклонил одноразовый код входа от портала. Код действует 30 секунд, срабатывает один раз и принадлежит одному приложению.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with the browser again; check that the client id and secret are the application&apos;s.</source>
        <translation>Войдите через браузер ещё раз; проверьте, что код и ключ приложения — от этого приложения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not grant the application access.</source>
        <translation>Портал не предоставил приложению доступ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the portal as an administrator and allow the application; check that the client id belongs to the application installed on this portal.</source>
        <translation>Войдите на портал как администратор и разрешите доступ приложению; проверьте, что код приложения относится к приложению, установленному на этом портале.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in answer not ours</source>
        <translation>Чужой ответ на вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser delivered a sign-in answer this sign-in did not ask for (its state did not match), so it was not used.</source>
        <translation>Браузер передал ответ на вход, который этот вход не запрашивал (параметр state не совпал), поэтому он не использован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the sign-in again and finish it in the browser tab it opens.</source>
        <translation>Начните вход заново и завершите его во вкладке браузера, которую он откроет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to another portal</source>
        <translation>Вход выполнен на другой портал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser signed in to a different portal than the one in this profile; its token would not work here, so it was not used.</source>
        <translation>Браузер выполнил вход на другой портал, а не на указанный в этом профиле; его токен здесь не сработает, поэтому он не использован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to the portal named in the profile (in the browser, log out of the other portal first if it signs you in there automatically).</source>
        <translation>Войдите на портал, указанный в профиле (если браузер автоматически входит на другой портал, сначала выйдите из него).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from the browser</source>
        <translation>Нет ответа из браузера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser did not come back with the portal&apos;s answer within five minutes.</source>
        <translation>Браузер не вернул ответ портала в течение пяти минут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the sign-in again; if no browser opened, open the address shown in the profile yourself.</source>
        <translation>Начните вход заново; если браузер не открылся, откройте адрес, показанный в профиле, вручную.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in port in use</source>
        <translation>Порт для входа занят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program already listens on the local port where the portal&apos;s answer is expected.</source>
        <translation>Другая программа уже слушает локальный порт, на который ожидается ответ портала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another port in the profile, and set the application&apos;s handler address in the portal to the one shown.</source>
        <translation>Выберите в профиле другой порт и укажите в портале показанный адрес обработчика приложения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portal moved</source>
        <translation>Портал переехал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal redirected the request to another address. The request was not repeated there, so the access token was not sent to the new host.</source>
        <translation>Портал перенаправил запрос на другой адрес. Запрос туда не повторялся, поэтому токен доступа не был отправлен на новый хост.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the new address is really your portal&apos;s, enter it in the connection profile and try again.</source>
        <translation>Если новый адрес действительно принадлежит вашему порталу, укажите его в профиле подключения и повторите.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect not followed</source>
        <translation>Перенаправление не выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal answered with a redirect. Calls that delete or change events are never repeated automatically, and too many redirects are not followed either.</source>
        <translation>Портал ответил перенаправлением. Вызовы, удаляющие или изменяющие события, никогда не повторяются автоматически, а слишком длинные цепочки перенаправлений тоже не выполняются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the portal address in the connection profile; use the address the browser ends up on.</source>
        <translation>Проверьте адрес портала в профиле подключения; используйте адрес, на котором в итоге оказывается браузер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request may have reached the portal, but no complete answer came back. It was not repeated, because repeating it could delete or mark other events.</source>
        <translation>Запрос мог дойти до портала, но полный ответ не получен. Запрос не повторялся: повтор мог бы удалить или отметить другие события.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the queue to see whether the events are gone, then decide whether to repeat the action.</source>
        <translation>Перезагрузите очередь, чтобы проверить, исчезли ли события, и затем решите, повторять ли действие.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request refused by the client</source>
        <translation>Запрос отклонён программой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was not sent because it would be unsafe or invalid.</source>
        <translation>Запрос не отправлен, потому что он был бы опасным или некорректным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the request as described and try again.</source>
        <translation>Исправьте запрос, как описано, и повторите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unreadable answer</source>
        <translation>Нечитаемый ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer is not the JSON a Bitrix24 portal sends (an error page from a proxy, an empty or cut-off body).</source>
        <translation>Ответ сервера — не тот JSON, который отправляет портал Битрикс24 (страница ошибки прокси, пустое или обрезанное тело).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the portal address and any proxy in between; try again in a minute.</source>
        <translation>Проверьте адрес портала и прокси-серверы на пути; повторите через минуту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No portal address</source>
        <translation>Нет адреса портала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No valid portal address is configured.</source>
        <translation>Не задан действительный адрес портала.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the portal address in the connection profile.</source>
        <translation>Укажите адрес портала в профиле подключения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s TLS certificate could not be verified, so the connection was closed before the token was sent.</source>
        <translation>Не удалось проверить TLS-сертификат сервера, поэтому соединение закрыто до отправки токена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the certificate&apos;s issuer as trusted, or, for an on-premise portal you control, pin this exact certificate by its SHA-256 fingerprint after checking it with the server&apos;s administrator.</source>
        <translation>Добавьте издателя сертификата в доверенные или — для коробочного портала под вашим управлением — закрепите именно этот сертификат по отпечатку SHA-256, сверив его с администратором сервера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host not found</source>
        <translation>Хост не найден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s host name could not be resolved (DNS).</source>
        <translation>Не удалось разрешить имя хоста портала (DNS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the portal address and your network or DNS settings.</source>
        <translation>Проверьте написание адреса портала и настройки сети или DNS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused</source>
        <translation>В соединении отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host refused the connection; nothing listens on that port.</source>
        <translation>Хост отклонил соединение: на этом порту ничего не слушает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the port in the portal address and that the portal (or sandbox) is running.</source>
        <translation>Проверьте порт в адресе портала и то, что портал (или тестовый портал) запущен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timed out</source>
        <translation>Время ожидания истекло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not answer within the transfer timeout.</source>
        <translation>Портал не ответил за отведённое время ожидания.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if the portal is slow, raise the timeout in the connection profile.</source>
        <translation>Повторите; если портал медленный, увеличьте время ожидания в профиле подключения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection closed</source>
        <translation>Соединение закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Сервер закрыл соединение, не передав ответ полностью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again; check any proxy or firewall in between.</source>
        <translation>Повторите; проверьте прокси-серверы и межсетевые экраны на пути.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Не удалось установить защищённое соединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake with the server failed.</source>
        <translation>Не удалось выполнить согласование TLS с сервером.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the portal address (https) and the system clock; see the details for the certificate problem.</source>
        <translation>Проверьте адрес портала (https) и системные часы; подробности о проблеме с сертификатом — в сведениях.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proxy failed</source>
        <translation>Ошибка прокси-сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configured proxy could not be reached or closed the connection.</source>
        <translation>Настроенный прокси-сервер недоступен или закрыл соединение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the proxy settings of the system or the profile.</source>
        <translation>Проверьте настройки прокси в системе или в профиле.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy needs authentication</source>
        <translation>Прокси-сервер требует аутентификации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy requires a user name and password.</source>
        <translation>Прокси-сервер требует имя пользователя и пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the proxy credentials in the proxy settings.</source>
        <translation>Укажите учётные данные прокси в настройках прокси.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network unavailable</source>
        <translation>Сеть недоступна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network connection was lost or is not available.</source>
        <translation>Сетевое соединение потеряно или недоступно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and try again.</source>
        <translation>Проверьте сетевое соединение и повторите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol error</source>
        <translation>Ошибка протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>Ответ сервера нарушает протокол HTTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the address points at a Bitrix24 portal and not at another service.</source>
        <translation>Убедитесь, что адрес указывает на портал Битрикс24, а не на другой сервис.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the action again when you are ready.</source>
        <translation>Запустите действие снова, когда будете готовы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP error</source>
        <translation>Ошибка HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an HTTP error and no Bitrix24 error details.</source>
        <translation>Сервер ответил ошибкой HTTP без сведений об ошибке Битрикс24.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the portal address; see the HTTP status in the details.</source>
        <translation>Проверьте адрес портала; код состояния HTTP — в сведениях.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network error</source>
        <translation>Сетевая ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request failed for a network reason.</source>
        <translation>Запрос не выполнен из-за проблемы с сетью.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; the details name the exact problem.</source>
        <translation>Повторите; точная причина указана в сведениях.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Portal answer: %1 “%2” (HTTP %3).</source>
        <translation>Ответ портала: %1 «%2» (HTTP %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal answer: %1 “%2”.</source>
        <translation>Ответ портала: %1 «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Method: %1.</source>
        <translation>Метод: %1.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Portal error %1</source>
        <translation>Ошибка портала %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal reported an error this program does not know.</source>
        <translation>Портал сообщил об ошибке, неизвестной этой программе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the code up in the Bitrix24 REST documentation; the request log shows the full answer.</source>
        <translation>Найдите этот код в документации REST API Битрикс24; полный ответ — в журнале запросов.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Host: %1.</source>
        <translation>Хост: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host: %1. Certificate SHA-256 fingerprint: %2. Problems: %3.</source>
        <translation>Хост: %1. Отпечаток сертификата SHA-256: %2. Проблемы: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 redirected to %2.</source>
        <translation>%1 перенаправил на %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body was empty.</source>
        <translation>Тело ответа пустое.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body starts with: “%1”.</source>
        <translation>Тело ответа начинается с: «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status %1. %2</source>
        <translation>Код состояния HTTP %1. %2</translation>
    </message>
</context>
<context>
    <name>b24::ListFilter</name>
    <message>
        <location filename="../../app/core/queue/ListFilter.cpp" line="+67"/>
        <source>The event name &quot;%1&quot; contains spaces. Enter one event name such as ONCRMDEALUPDATE.</source>
        <translation>Название события «%1» содержит пробелы. Укажите одно название события, например ONCRMDEALUPDATE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lowest ID must be 1 or more (got %1).</source>
        <translation>Наименьший ID должен быть не меньше 1 (указано %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The highest ID must be 1 or more (got %1).</source>
        <translation>Наибольший ID должен быть не меньше 1 (указано %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID range is empty: from %1 is greater than to %2. Swap the two values.</source>
        <translation>Диапазон ID пуст: начало %1 больше конца %2. Поменяйте значения местами.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start time is not a valid date and time.</source>
        <translation>Время начала — недопустимые дата и время.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end time is not a valid date and time.</source>
        <translation>Время окончания — недопустимые дата и время.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time range is empty: the start is after the end. Swap the two values.</source>
        <translation>Интервал времени пуст: начало позже окончания. Поменяйте значения местами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process id &quot;%1&quot; contains spaces; process ids are 32 letters and digits.</source>
        <translation>process_id «%1» содержит пробелы; process_id состоит из 32 букв и цифр.</translation>
    </message>
</context>
<context>
    <name>b24::ListPage</name>
    <message>
        <location filename="../../app/core/queue/ListPage.cpp" line="+71"/>
        <source>The batch answer has no result for command %1.</source>
        <translation>В ответе на пакетный запрос (batch) нет результата команды %1.</translation>
    </message>
</context>
<context>
    <name>b24::OAuthSignIn</name>
    <message>
        <location filename="../../app/core/net/OAuthSignIn.cpp" line="+102"/>
        <source>127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+13"/>
        <source>Not a sign-in answer</source>
        <translation>Это не ответ на вход</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Only the portal&apos;s redirect is expected here.</source>
        <translation>Здесь ожидается только перенаправление от портала.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This address only receives the portal&apos;s answer to a sign-in started in b24-offline-queue.</source>
        <translation>Этот адрес принимает только ответ портала на вход, начатый в b24-offline-queue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in answer not used</source>
        <translation>Ответ на вход не использован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in b24-offline-queue started. Start the sign-in again from the connection profile.</source>
        <translation>Этот ответ не относится ко входу, начатому b24-offline-queue. Начните вход заново из профиля подключения.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused the sign-in: %1. Return to b24-offline-queue.</source>
        <translation>Портал отклонил вход: %1. Вернитесь в b24-offline-queue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in to another portal</source>
        <translation>Вход выполнен на другой портал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser signed in to %1, but the profile is for %2. Return to b24-offline-queue.</source>
        <translation>Браузер выполнил вход на %1, а профиль относится к %2. Вернитесь в b24-offline-queue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to %1; the profile is for %2.</source>
        <translation>Вход выполнен на %1; профиль относится к %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b24-offline-queue received the portal&apos;s answer. You can close this tab and return to the application.</source>
        <translation>b24-offline-queue получила ответ портала. Эту вкладку можно закрыть и вернуться в приложение.</translation>
    </message>
</context>
<context>
    <name>b24::PortalAddress</name>
    <message>
        <location filename="../../app/core/net/PortalAddress.cpp" line="+49"/>
        <source>Enter the portal address, for example yourcompany.bitrix24.com.</source>
        <translation>Укажите адрес портала, например yourcompany.bitrix24.ru.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a valid portal address. Enter a host such as yourcompany.bitrix24.com or https://portal.example.com:8443/.</source>
        <translation>«%1» — недопустимый адрес портала. Укажите хост, например yourcompany.bitrix24.ru или https://portal.example.com:8443/.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address uses “%1://”. Bitrix24 portals are reached over https://.</source>
        <translation>В адресе указано «%1://». Порталы Битрикс24 доступны по https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address contains a user name or password before “@”. Remove it: credentials belong in the token fields, never in the address.</source>
        <translation>Адрес содержит имя пользователя или пароль перед «@». Удалите их: учётные данные указываются в полях токенов, а не в адресе.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address contains a token (“%1=…”). Remove it from the address and paste the token into the access token field instead.</source>
        <translation>Адрес содержит токен («%1=…»). Удалите его из адреса и вставьте токен в поле токена доступа.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is an incoming webhook URL (/rest/%1/…/). Offline event methods accept only an application&apos;s OAuth token: a webhook gets WRONG_AUTH_TYPE. Enter the portal address alone and use the access token of a local or marketplace application.</source>
        <translation>Это адрес входящего вебхука (/rest/%1/…/). Методы офлайн-событий принимают только OAuth-токен приложения: вебхук получит WRONG_AUTH_TYPE. Укажите только адрес портала и используйте токен доступа локального или тиражного приложения.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plain http:// would send the access token unencrypted. Use https://, or, for an on-premise portal on a trusted intranet, tick “Allow plain HTTP” in the connection profile.</source>
        <translation>При http:// токен доступа передаётся без шифрования. Используйте https:// или — для коробочного портала в доверенной внутренней сети — отметьте «Разрешить незащищённый HTTP» в профиле подключения.</translation>
    </message>
</context>
<context>
    <name>b24::Preflight</name>
    <message>
        <location filename="../../app/core/queue/Preflight.cpp" line="+53"/>
        <source>The portal address uses plain HTTP: the access token travels unencrypted. Use https:// unless this is a trusted intranet portal.</source>
        <translation>Адрес портала использует незащищённый HTTP: токен доступа передаётся без шифрования. Используйте https://, если это не портал в доверенной внутренней сети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal address uses plain HTTP on this computer (loopback); fine for a local test portal only.</source>
        <translation>Адрес портала использует незащищённый HTTP на этом компьютере (loopback); это допустимо только для локального тестового портала.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The portal did not say whether optional features are on (a self-hosted portal, perhaps); the checks below show what works.</source>
        <translation>Портал не сообщил, включены ли дополнительные возможности (возможно, это коробочная версия); проверки ниже показывают, что работает.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The offline queue accepts only an application&apos;s OAuth token. A webhook (an address with /rest/&lt;user&gt;/&lt;code&gt;/) or a browser session cannot read it: use the access token of the application whose queue you want to see.</source>
        <translation>Очередь офлайн-событий принимает только OAuth-токен приложения. Вебхук (адрес вида /rest/&lt;user&gt;/&lt;code&gt;/) или сессия браузера не могут её прочитать: используйте токен доступа приложения, очередь которого нужно посмотреть.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token&apos;s user is not a portal administrator. Offline events are visible only to administrators: authorise the application as an administrator.</source>
        <translation>Пользователь токена не является администратором портала. Офлайн-события видны только администраторам: авторизуйте приложение от имени администратора.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connector &quot;%1&quot; needs the rest_auth_connector feature, which this portal&apos;s plan does not include. Remove the connector to see the application&apos;s own queue.</source>
        <translation>Коннектору «%1» нужна возможность rest_auth_connector, которой нет в тарифе этого портала. Уберите коннектор, чтобы увидеть собственную очередь приложения.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The queue of connector &quot;%1&quot; is empty. The portal does not check connector names: a mistyped or unknown connector simply shows an empty queue.</source>
        <translation>Очередь коннектора «%1» пуста. Портал не проверяет имена коннекторов: для опечатки или неизвестного коннектора просто показывается пустая очередь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rest_auth_connector feature is off, so calls with the connector &quot;%1&quot; fail with WRONG_LICENSE.</source>
        <translation>Возможность rest_auth_connector выключена, поэтому вызовы с коннектором «%1» завершаются ошибкой WRONG_LICENSE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rest_offline_extended feature is off: reserving rows (event.offline.get clear=0) is not available. Listing, clearing and marking errors still work.</source>
        <translation>Возможность rest_offline_extended выключена: резервирование строк (event.offline.get clear=0) недоступно. Просмотр списка, очистка и отметка ошибок по-прежнему работают.</translation>
    </message>
</context>
<context>
    <name>b24::QueueActions</name>
    <message>
        <location filename="../../app/core/queue/QueueActions.cpp" line="+57"/>
        <source>Reserving cannot filter on ERROR; choose &quot;error rows&quot; instead, which reserves rows with ERROR=1.</source>
        <translation>При резервировании нельзя фильтровать по ERROR; выберите вместо этого «ошибочные строки» — так резервируются строки с ERROR=1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserving always takes unreserved rows, so it cannot filter on PROCESS_ID.</source>
        <translation>Резервирование всегда берёт свободные строки, поэтому фильтровать по PROCESS_ID нельзя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; cannot be used when reserving: only = &lt; &lt;= &gt; &gt;= on ID, TIMESTAMP_X, EVENT_NAME and MESSAGE_ID are accepted there (@ lists, % patterns and ! are not).</source>
        <translation>«%1» нельзя использовать при резервировании: допускаются только = &lt; &lt;= &gt; &gt;= для ID, TIMESTAMP_X, EVENT_NAME и MESSAGE_ID (списки @, шаблоны % и ! — нет).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has a list value; when reserving every condition takes a single value.</source>
        <translation>У «%1» значение-список; при резервировании каждое условие принимает одно значение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserving by time is not reliable: the portal may reject TIMESTAMP_X conditions on this path. Use an ID range instead (load the queue to see which IDs a time range covers).</source>
        <translation>Резервирование по времени ненадёжно: портал может отклонить условия по TIMESTAMP_X в этом вызове. Используйте диапазон ID (загрузите очередь, чтобы увидеть, какие ID попадают в интервал времени).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of rows to reserve must be 1 or more (got %1).</source>
        <translation>Число резервируемых строк должно быть не меньше 1 (указано %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve at most %1 rows at a time (got %2); reserved rows are hidden from your application until they are cleared or expire.</source>
        <translation>Резервируйте не более %1 строк за раз (указано %2): зарезервированные строки скрыты от вашего приложения, пока их не удалят или не истечёт их срок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reserving always takes unreserved rows, so it cannot filter on a process id.</source>
        <translation>Резервирование всегда берёт свободные строки, поэтому фильтровать по process_id нельзя.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reserve up to %n unreserved row(s) with event.offline.get clear=0: they get a new process id and stay in the queue, hidden from your application&apos;s normal get calls until that batch is cleared.</source>
        <translation>
            <numerusform>Зарезервировать до %n свободной строки через event.offline.get clear=0: строки получат новый process_id и останутся в очереди, скрытые от обычных вызовов get вашего приложения, пока этот пакет не будет очищен.</numerusform>
            <numerusform>Зарезервировать до %n свободных строк через event.offline.get clear=0: строки получат новый process_id и останутся в очереди, скрытые от обычных вызовов get вашего приложения, пока этот пакет не будет очищен.</numerusform>
            <numerusform>Зарезервировать до %n свободных строк через event.offline.get clear=0: строки получат новый process_id и останутся в очереди, скрытые от обычных вызовов get вашего приложения, пока этот пакет не будет очищен.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only error rows (ERROR=1) are reserved.</source>
        <translation>Резервируются только ошибочные строки (ERROR=1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a reserved batch first: marking as error needs the batch&apos;s process id. Without it the portal would mark nothing and delete every other copy of these messages.</source>
        <translation>Сначала выберите зарезервированный пакет: для отметки ошибки нужен process_id пакета. Без него портал ничего не отметит, но удалит все остальные копии этих сообщений.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select at least one record to mark as error; an empty selection is never sent.</source>
        <translation>Выберите хотя бы одну запись, чтобы отметить её как ошибочную; пустой выбор никогда не отправляется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark at most %1 MESSAGE_IDs at a time (got %2).</source>
        <translation>Отмечайте не более %1 MESSAGE_ID за раз (указано %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a MESSAGE_ID: a MESSAGE_ID is exactly 32 hexadecimal characters.</source>
        <translation>«%1» — не MESSAGE_ID: MESSAGE_ID состоит ровно из 32 шестнадцатеричных символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MESSAGE_ID %1 is listed twice.</source>
        <translation>MESSAGE_ID %1 указан дважды.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Mark %n MESSAGE_ID(s) of batch %1 as error with event.offline.error: the rows leave the batch and become error rows (ERROR=1, unreserved). The portal also DELETES every other copy with these MESSAGE_IDs outside this batch (unreserved copies and copies in other batches).</source>
        <translation>
            <numerusform>Отметить %n MESSAGE_ID пакета %1 как ошибочный через event.offline.error: строки покинут пакет и станут ошибочными (ERROR=1, свободные). Кроме того, портал УДАЛИТ все остальные копии с этими MESSAGE_ID вне этого пакета (свободные копии и копии в других пакетах).</numerusform>
            <numerusform>Отметить %n MESSAGE_ID пакета %1 как ошибочные через event.offline.error: строки покинут пакет и станут ошибочными (ERROR=1, свободные). Кроме того, портал УДАЛИТ все остальные копии с этими MESSAGE_ID вне этого пакета (свободные копии и копии в других пакетах).</numerusform>
            <numerusform>Отметить %n MESSAGE_ID пакета %1 как ошибочные через event.offline.error: строки покинут пакет и станут ошибочными (ERROR=1, свободные). Кроме того, портал УДАЛИТ все остальные копии с этими MESSAGE_ID вне этого пакета (свободные копии и копии в других пакетах).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::QueueGroup</name>
    <message>
        <location filename="../../app/core/queue/QueueGroup.cpp" line="+25"/>
        <source>Unreserved</source>
        <translation>Свободные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1</source>
        <translation>Пакет %1</translation>
    </message>
</context>
<context>
    <name>b24::QueueLoader</name>
    <message>
        <location filename="../../app/core/queue/QueueLoader.cpp" line="+279"/>
        <source>The portal returned the same rows again; paging cannot continue.</source>
        <translation>Портал снова вернул те же строки; постраничная загрузка не может продолжаться.</translation>
    </message>
</context>
<context>
    <name>b24::RecordExporter</name>
    <message>
        <location filename="../../app/core/queue/RecordExporter.cpp" line="+80"/>
        <source>The export target is not open for writing.</source>
        <translation>Место для экспорта не открыто для записи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the export failed: %1</source>
        <translation>Не удалось записать экспорт: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
</context>
<context>
    <name>b24::RestClient</name>
    <message>
        <location filename="../../app/core/net/RestClient.cpp" line="+252"/>
        <source>No REST method name was given.</source>
        <translation>Не указано имя метода REST.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Pacing requests to the portal&apos;s rate limit</source>
        <translation>Запросы замедлены до лимита частоты портала</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>The connection closed after the request was sent; it was not sent again.</source>
        <translation>Соединение закрылось после отправки запроса; повторно он не отправлялся.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 failed (%2); trying again, attempt %3 of %4</source>
        <translation>%1 не удался (%2); повторяем, попытка %3 из %4</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The portal&apos;s request limit was exceeded; retrying</source>
        <translation>Превышен лимит запросов портала; повтор</translation>
    </message>
    <message>
        <location line="-328"/>
        <location line="+342"/>
        <source>Operating time limit for %1 reached; waiting until it resets</source>
        <translation>Достигнут лимит времени выполнения для %1; ожидание сброса</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Renewing the expired access token</source>
        <translation>Продление истёкшего токена доступа</translation>
    </message>
</context>
<context>
    <name>b24::SecretStore</name>
    <message>
        <location filename="../../app/core/settings/SecretStore.cpp" line="+86"/>
        <source>No working system keychain was found (%1). Tokens and the client secret are kept in memory for this session only and must be entered again next time. Install and unlock a Secret Service keychain (for example GNOME Keyring or KWallet) to save them.</source>
        <translation>Не найдено работающее системное хранилище ключей (%1). Токены и ключ приложения хранятся в памяти только до конца сеанса, и в следующий раз их придётся ввести заново. Чтобы сохранять их, установите и разблокируйте хранилище Secret Service (например, GNOME Keyring или KWallet).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not save the secrets in the keychain: %1</source>
        <translation>Не удалось сохранить секреты в хранилище ключей: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not read the secrets from the keychain: %1</source>
        <translation>Не удалось прочитать секреты из хранилища ключей: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not remove the secrets from the keychain: %1</source>
        <translation>Не удалось удалить секреты из хранилища ключей: %1</translation>
    </message>
</context>
<context>
    <name>b24::TokenRefresher</name>
    <message>
        <location filename="../../app/core/net/TokenRefresher.cpp" line="+118"/>
        <source>Exchanging the sign-in code at %1 failed.</source>
        <translation>Не удалось обменять код входа на %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewing the expired access token at %1 failed.</source>
        <translation>Не удалось продлить истёкший токен доступа на %1.</translation>
    </message>
</context>
<context>
    <name>b24::Translations</name>
    <message>
        <location filename="../Translations.cpp" line="+72"/>
        <source>System language</source>
        <translation>Системный язык</translation>
    </message>
</context>
<context>
    <name>b24::cli::CheckCommand</name>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="+51"/>
        <source>CHECK</source>
        <translation>ПРОВЕРКА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connector</source>
        <translation>Коннектор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue readable</source>
        <translation>Очередь читается</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest_offline_extended (reserve)</source>
        <translation>rest_offline_extended (резервирование)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest_auth_connector</source>
        <translation>rest_auth_connector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows visible</source>
        <translation>Видно строк</translation>
    </message>
</context>
<context>
    <name>b24::cli::ClearCommand</name>
    <message>
        <location filename="../../app/cli/ClearCommand.cpp" line="+40"/>
        <source>Could not load the group&apos;s rows; nothing was cleared.
</source>
        <translation>Не удалось загрузить строки группы; ничего не удалено.
</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Group &quot;%1&quot; has no rows on %2; nothing to clear, nothing was sent.
</source>
        <translation>В группе «%1» на %2 нет строк; удалять нечего, ничего не отправлено.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group is empty</source>
        <translation>группа пуста</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n MESSAGE_ID(s) are not in group &quot;%1&quot; and are left out: %2</source>
        <translation>
            <numerusform>%n MESSAGE_ID нет в группе «%1», он пропущен: %2</numerusform>
            <numerusform>%n MESSAGE_ID нет в группе «%1», они пропущены: %2</numerusform>
            <numerusform>%n MESSAGE_ID нет в группе «%1», они пропущены: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n ID(s) are not in group &quot;%1&quot; and are left out (already gone, or in another group): %2</source>
        <translation>
            <numerusform>%n ID нет в группе «%1», он пропущен (уже удалён или в другой группе): %2</numerusform>
            <numerusform>%n ID нет в группе «%1», они пропущены (уже удалены или в другой группе): %2</numerusform>
            <numerusform>%n ID нет в группе «%1», они пропущены (уже удалены или в другой группе): %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of the given rows is in group &quot;%1&quot; on %2; nothing was sent. &apos;processes&apos; and &apos;list&apos; show where the rows are.</source>
        <translation>Ни одной из указанных строк нет в группе «%1» на %2; ничего не отправлено. Где находятся строки, покажут «processes» и «list».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No clear could be planned: %1</source>
        <translation>Не удалось составить план очистки: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Would clear %n row(s) of group &quot;%1&quot; on %2 (%3).</source>
        <translation>
            <numerusform>Будет удалена %n строка группы «%1» на %2 (%3).</numerusform>
            <numerusform>Будут удалены %n строки группы «%1» на %2 (%3).</numerusform>
            <numerusform>Будут удалены %n строк группы «%1» на %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>every row of the group</source>
        <translation>все строки группы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (connector %2)</source>
        <translation>%1 (коннектор %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed; nothing was sent.</source>
        <translation>Не подтверждено; ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Interrupted: stopping after the request in flight, then re-listing the group. Press Ctrl-C again to quit at once (the outcome is then unknown).
</source>
        <translation>
Прервано: остановка после текущего запроса, затем повторное чтение группы. Нажмите Ctrl-C ещё раз, чтобы выйти сразу (тогда результат будет неизвестен).
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clearing: request %1 of %2</source>
        <translation>Очистка: запрос %1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifying: re-listing the group…</source>
        <translation>Проверка: повторное чтение группы…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>RESULT</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROWS</source>
        <translation>СТРОК</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In scope</source>
        <translation>В наборе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified gone</source>
        <translation>Удаление подтверждено</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still present</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared in group &quot;%1&quot; on %2 (%3):
</source>
        <translation>Очищено в группе «%1» на %2 (%3):
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  still present: %1
</source>
        <translation>  осталась: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  still present: %1 (%2)
</source>
        <translation>  осталась: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  still present: MESSAGE_ID %1
</source>
        <translation>  остался: MESSAGE_ID %1
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outcome could not be verified%1. Re-list before acting again: %2 list %3
</source>
        <translation>Результат не удалось проверить%1. Перечитайте список, прежде чем действовать снова: %2 list %3
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A request may or may not have been applied (connection lost); the re-list above shows what is really gone. Nothing was retried automatically.
</source>
        <translation>Запрос мог быть выполнен, а мог и нет (соединение потеряно); повторно прочитанный список выше показывает, что действительно удалено. Ничего не повторялось автоматически.
</translation>
    </message>
</context>
<context>
    <name>b24::cli::CliRunner</name>
    <message>
        <location filename="../../app/cli/CliRunner.cpp" line="+40"/>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+19"/>
        <source>Error: %1
</source>
        <translation>Ошибка: %1
</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the portal address &quot;%1&quot; is not usable: %2</source>
        <translation>адрес портала «%1» непригоден: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>waiting %1 ms: %2
</source>
        <translation>ожидание %1 мс: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting %1 s: %2</source>
        <translation>Ожидание %1 с: %2</translation>
    </message>
</context>
<context>
    <name>b24::cli::Command</name>
    <message>
        <location filename="../../app/cli/CheckCommand.cpp" line="-43"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/cli/Command.cpp" line="+75"/>
        <source>Error: %1
</source>
        <translation>Ошибка: %1
</translation>
    </message>
</context>
<context>
    <name>b24::cli::CommandLine</name>
    <message>
        <location filename="../../app/cli/OptionCatalog.cpp" line="+90"/>
        <source>Show help. After a command: that command&apos;s options and examples.</source>
        <translation>Показать справку. После команды — параметры и примеры этой команды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal address, e.g. example.bitrix24.com (default: profile, then B24_PORTAL).</source>
        <translation>Адрес портала, например example.bitrix24.ru (по умолчанию: из профиля, затем B24_PORTAL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a saved connection profile; its secrets come from the keychain.</source>
        <translation>Использовать сохранённый профиль подключения; его секреты берутся из хранилища ключей.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <location line="+72"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>auth_connector whose queue to use (default: profile, then B24_AUTH_CONNECTOR; &quot;&quot; = none).</source>
        <translation>auth_connector, чью очередь использовать (по умолчанию: из профиля, затем B24_AUTH_CONNECTOR; &quot;&quot; — без коннектора).</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read credentials from FILE: the access token on the first line, or a JSON object with access_token, refresh_token, client_id, client_secret. Keep it mode 0600.</source>
        <translation>Читать учётные данные из FILE: токен доступа в первой строке или JSON-объект с access_token, refresh_token, client_id, client_secret. Держите у файла права 0600.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <location line="+49"/>
        <location line="+35"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Client-side pacing: R requests per second, optional burst B (default 2/50; Enterprise portals allow 5/250).</source>
        <translation>Ограничение частоты на стороне клиента: R запросов в секунду, необязательный всплеск B (по умолчанию 2/50; порталы «Энтерпрайз» допускают 5/250).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R[/B]</source>
        <translation>R[/B]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burst size of the pacing bucket (same as the /B of --rate).</source>
        <translation>Размер всплеска для ограничителя частоты (то же, что /B в --rate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this exact self-signed certificate (SHA-256 of the certificate, hex) for the portal host.</source>
        <translation>Принимать для хоста портала именно этот самоподписанный сертификат (SHA-256 сертификата, шестнадцатеричный).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer timeout per request in seconds (default 30).</source>
        <translation>Время ожидания одного запроса в секундах (по умолчанию 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain http:// for an on-premise intranet portal (loopback always is).</source>
        <translation>Разрешить незащищённый http:// для коробочного портала во внутренней сети (для loopback разрешено всегда).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log every request and response to stderr, secrets masked.</source>
        <translation>Выводить каждый запрос и ответ в stderr, секреты скрыты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON document on stdout instead of tables.</source>
        <translation>Выводить в stdout один JSON-документ вместо таблиц.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The reserved batch with this PROCESS_ID.</source>
        <translation>Зарезервированный пакет с этим PROCESS_ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The unreserved rows (PROCESS_ID empty, ERROR 0).</source>
        <translation>Свободные строки (PROCESS_ID пуст, ERROR 0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error rows (marked failed with event.offline.error, ERROR 1).</source>
        <translation>Ошибочные строки (отмеченные через event.offline.error, ERROR 1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only this event, e.g. ONCRMDEALUPDATE (case does not matter).</source>
        <translation>Только это событие, например ONCRMDEALUPDATE (регистр не важен).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Only rows with ID &gt;= N.</source>
        <translation>Только строки с ID &gt;= N.</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+1"/>
        <location line="+101"/>
        <location line="+5"/>
        <location line="+22"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+129"/>
        <source>Only rows with ID &lt;= N.</source>
        <translation>Только строки с ID &lt;= N.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Only rows with TIMESTAMP_X at or after this ISO-8601 time.</source>
        <translation>Только строки с TIMESTAMP_X не раньше этого времени (ISO 8601).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Only rows with TIMESTAMP_X at or before this ISO-8601 time.</source>
        <translation>Только строки с TIMESTAMP_X не позже этого времени (ISO 8601).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only rows with ERROR 1.</source>
        <translation>Только строки с ERROR 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rows with ERROR 0.</source>
        <translation>Только строки с ERROR 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort by ID, TIMESTAMP_X, EVENT_NAME, MESSAGE_ID, PROCESS_ID or ERROR (default ID:ASC).</source>
        <translation>Сортировать по ID, TIMESTAMP_X, EVENT_NAME, MESSAGE_ID, PROCESS_ID или ERROR (по умолчанию ID:ASC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIELD:ASC|DESC</source>
        <translation>FIELD:ASC|DESC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event ID to act on; repeat it or give a comma list (1,2,3).</source>
        <translation>ID события для действия; повторите параметр или укажите список через запятую (1,2,3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MESSAGE_ID (32 hex characters); repeatable, comma lists allowed.</source>
        <translation>MESSAGE_ID (32 шестнадцатеричных символа); можно повторять и перечислять через запятую.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>MID</source>
        <translation>MID</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Read IDs or MESSAGE_IDs from FILE, one per line, &apos;#&apos; comments.</source>
        <translation>Читать ID или MESSAGE_ID из FILE, по одному в строке; «#» — комментарий.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print exactly the HTTP requests that would be sent (token masked); send nothing that changes data.</source>
        <translation>Вывести в точности те HTTP-запросы, которые были бы отправлены (токен скрыт); ничего, что изменяет данные, не отправлять.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Flag batches older than this many hours (default 24).</source>
        <translation>Отмечать пакеты старше указанного числа часов (по умолчанию 24).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show at most N rows (default 100; 0 = all).</source>
        <translation>Показать не более N строк (по умолчанию 100; 0 — все).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write at most N rows (default: all).</source>
        <translation>Записать не более N строк (по умолчанию все).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jsonl (default on stdout), csv or json; default from the --output extension.</source>
        <translation>jsonl (по умолчанию для stdout), csv или json; по умолчанию определяется по расширению в --output.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to FILE instead of stdout.</source>
        <translation>Записать в FILE вместо stdout.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every row of the group: its IDs are loaded first and exactly those are cleared.</source>
        <translation>Все строки группы: сначала загружаются их ID, и удаляются ровно они.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not ask for confirmation (needed without a terminal).</source>
        <translation>Не запрашивать подтверждение (обязательно без терминала).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this event, e.g. ONCRMLEADADD.</source>
        <translation>Только это событие, например ONCRMLEADADD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reserve error rows (ERROR 1) instead of normal ones.</source>
        <translation>Резервировать ошибочные строки (ERROR 1) вместо обычных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve at most N rows (default 50, at most 5000).</source>
        <translation>Зарезервировать не более N строк (по умолчанию 50, не более 5000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not supported: rows are reserved in ID order.</source>
        <translation>Не поддерживается: строки резервируются в порядке ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIELD:DIR</source>
        <translation>FIELD:DIR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reserved batch (PROCESS_ID) holding the rows.</source>
        <translation>Зарезервированный пакет (PROCESS_ID), в котором находятся строки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MESSAGE_ID to mark failed; repeatable, comma lists allowed.</source>
        <translation>MESSAGE_ID, который нужно отметить как ошибочный; можно повторять и перечислять через запятую.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read MESSAGE_IDs from FILE, one per line, &apos;#&apos; comments.</source>
        <translation>Читать MESSAGE_ID из FILE, по одному в строке; «#» — комментарий.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local port for the portal&apos;s answer (default: the profile&apos;s, else 52180); the application&apos;s handler address must be http://127.0.0.1:PORT/.</source>
        <translation>Локальный порт для ответа портала (по умолчанию — из профиля, иначе 52180); адрес обработчика приложения должен быть http://127.0.0.1:PORT/.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check the connection: app token, admin right, features, rows visible.</source>
        <translation>Проверить подключение: токен приложения, права администратора, возможности тарифа, видимые строки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the groups (unreserved, errors, reserved batches) with counts and ages.</source>
        <translation>Показать группы (свободные, ошибки, зарезервированные пакеты) с количеством строк и возрастом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List rows (read-only), with group, filters, order and limit.</source>
        <translation>Вывести строки (только чтение) с группой, фильтрами, сортировкой и лимитом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write rows as JSON lines, CSV or JSON (read-only).</source>
        <translation>Записать строки в JSON Lines, CSV или JSON (только чтение).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete rows of one group by ID, MESSAGE_ID or the whole group; verified by re-listing.</source>
        <translation>Удалить строки одной группы по ID, по MESSAGE_ID или всю группу; результат проверяется повторным чтением списка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserve unreserved rows into a new batch (event.offline.get with clear=0).</source>
        <translation>Зарезервировать свободные строки в новый пакет (event.offline.get с clear=0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark rows of a batch as failed (event.offline.error).</source>
        <translation>Отметить строки пакета как ошибочные (event.offline.error).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a new token pair through the browser and store it (keychain, token file).</source>
        <translation>Получить новую пару токенов через браузер и сохранить её (связка ключей, файл токенов).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+23"/>
        <source>Run &apos;%1&apos; for the options and examples.</source>
        <translation>Запустите «%1», чтобы увидеть параметры и примеры.</translation>
    </message>
    <message>
        <location filename="../../app/cli/OptionReader.cpp" line="+56"/>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 требует целое число от 0 и больше, а не «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>--%1 требует положительное целое число, а не «%2».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--%1 needs an ISO-8601 time such as 2025-03-01T10:15:02+03:00 or 2025-03-01, not &quot;%2&quot;.</source>
        <translation>--%1 требует время в формате ISO 8601, например 2025-03-01T10:15:02+03:00 или 2025-03-01, а не «%2».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--token-file needs a file name.</source>
        <translation>--token-file требует имя файла.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--portal needs an address, e.g. example.bitrix24.com.</source>
        <translation>--portal требует адрес, например example.bitrix24.ru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--profile needs a profile name.</source>
        <translation>--profile требует имя профиля.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout is in seconds and at most 3600, not %1.</source>
        <translation>--timeout задаётся в секундах и не больше 3600, а не %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--insecure-pin needs the certificate&apos;s SHA-256 fingerprint: 64 hex digits, colons allowed. The connection error message shows it.</source>
        <translation>--insecure-pin требует отпечаток сертификата SHA-256: 64 шестнадцатеричные цифры, двоеточия допускаются. Он приводится в сообщении об ошибке подключения.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--rate needs requests per second, optionally with a burst: 2, 0.5 or 5/250; not &quot;%1&quot;.</source>
        <translation>--rate требует число запросов в секунду, при необходимости со всплеском: 2, 0.5 или 5/250, а не «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The burst in --rate R/B must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>Всплеск в --rate R/B должен быть положительным целым числом, а не «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the burst once: either --rate R/B or --burst B.</source>
        <translation>Укажите всплеск один раз: либо --rate R/B, либо --burst B.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--process needs a PROCESS_ID; for rows without one use --unreserved.</source>
        <translation>--process требует PROCESS_ID; для строк без него используйте --unreserved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose one group: --process P, --unreserved or --errors.</source>
        <translation>Выберите одну группу: --process P, --unreserved или --errors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the group to clear: --process P (a reserved batch), --unreserved or --errors. &apos;%1 processes&apos; shows them.</source>
        <translation>Выберите группу для очистки: --process P (зарезервированный пакет), --unreserved или --errors. Их показывает «%1 processes».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--event needs an event name, e.g. ONCRMDEALUPDATE.</source>
        <translation>--event требует название события, например ONCRMDEALUPDATE.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--id-from %1 is greater than --id-to %2: no row can match.</source>
        <translation>--id-from %1 больше, чем --id-to %2: ни одна строка не подойдёт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--since is later than --until: no row can match.</source>
        <translation>--since позже, чем --until: ни одна строка не подойдёт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--error and --no-error exclude each other.</source>
        <translation>--error и --no-error исключают друг друга.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--error/--no-error cannot be combined with --unreserved or --errors, which already fix the ERROR flag.</source>
        <translation>--error/--no-error нельзя сочетать с --unreserved или --errors: они уже задают флаг ERROR.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--order: unknown field &quot;%1&quot;; use one of %2.</source>
        <translation>--order: неизвестное поле «%1»; используйте одно из: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--order: the direction must be ASC or DESC, not &quot;%1&quot;.</source>
        <translation>--order: направление должно быть ASC или DESC, а не «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--limit %1 is too large.</source>
        <translation>--limit %1 слишком велик.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--id needs positive whole numbers (comma lists allowed), not &quot;%1&quot;.</source>
        <translation>--id требует положительные целые числа (можно через запятую), а не «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--message-id needs 32 hexadecimal characters, not &quot;%1&quot;.</source>
        <translation>--message-id требует 32 шестнадцатеричных символа, а не «%1».</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>--all-in-group clears the whole group; do not combine it with --id, --message-id or --ids-from.</source>
        <translation>--all-in-group очищает всю группу; не сочетайте его с --id, --message-id или --ids-from.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give IDs or MESSAGE_IDs, not both: the portal ignores id when message_id is present.</source>
        <translation>Укажите ID или MESSAGE_ID, но не оба: портал игнорирует id, если передан message_id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which rows to clear: --id, --message-id, --ids-from FILE, or --all-in-group. An empty list is never sent: the portal would clear the whole group.</source>
        <translation>Укажите, какие строки удалить: --id, --message-id, --ids-from FILE или --all-in-group. Пустой список никогда не отправляется: портал очистил бы всю группу.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mark-error needs --process P: the batch holding the rows. With a wrong or empty PROCESS_ID the portal deletes the rows&apos; copies instead of marking them.</source>
        <translation>mark-error требует --process P — пакет, в котором находятся строки. С неверным или пустым PROCESS_ID портал удалит копии строк вместо того, чтобы отметить их.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>mark-error works on MESSAGE_IDs (event.offline.error has no id parameter); the ID list holds numeric IDs.</source>
        <translation>mark-error работает с MESSAGE_ID (у event.offline.error нет параметра id), а в списке указаны числовые ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which rows to mark: --message-id MID (repeatable) or --ids-from FILE.</source>
        <translation>Укажите, какие строки отметить: --message-id MID (можно повторять) или --ids-from FILE.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--format must be jsonl, csv or json, not &quot;%1&quot;.</source>
        <translation>--format должен быть jsonl, csv или json, а не «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reserve takes rows in ID order (oldest first); --order is not supported. Narrow the rows with --id-from/--id-to or --event instead.</source>
        <translation>reserve берёт строки в порядке ID (сначала самые старые); --order не поддерживается. Сузьте выбор с помощью --id-from/--id-to или --event.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>--port needs a port from 1024 to 65535, not %1.</source>
        <translation>--port требует порт от 1024 до 65535, а не %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+73"/>
        <source>Exit codes:
  0  success (a clear: every row in scope verified gone)
  1  error: the portal or the network refused or failed; nothing (more) was changed
  2  usage: bad options or input file, or a needed confirmation was not given
  3  partial or unknown outcome: some rows are still there, or a request may or may not
     have been applied (connection dropped); re-list before acting again
  4  authentication or permission: token missing/expired/invalid, not an admin, webhook
</source>
        <translation>Коды завершения:
  0  успех (для clear: проверено, что все строки из набора удалены)
  1  ошибка: портал или сеть отказали; ничего (больше) не изменено
  2  использование: неверные параметры или входной файл, либо не получено нужное подтверждение
  3  частичный или неизвестный результат: часть строк осталась, или запрос мог быть выполнен,
     а мог и нет (соединение оборвалось); перечитайте список, прежде чем действовать снова
  4  аутентификация или права: токена нет, он истёк или недействителен, не администратор, вебхук
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: %1 [global options] &lt;command&gt; [command options]

</source>
        <translation>Использование: %1 [общие параметры] &lt;команда&gt; [параметры команды]

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect and safely clear a Bitrix24 application&apos;s offline event queue.

</source>
        <translation>Просмотр и безопасная очистка очереди офлайн-событий приложения Битрикс24.

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:
</source>
        <translation>Команды:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Global options (before or after the command):
</source>
        <translation>
Общие параметры (до или после команды):
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Credentials (never on the command line; there is deliberately no --token option):
  --profile NAME   a saved profile; tokens and client secret from the OS keychain
  --token-file F   first line = access token, or JSON with access_token, refresh_token,
                   client_id, client_secret (optional portal, auth_connector,
                   token_endpoint); rewritten in place (mode 0600) when tokens rotate
  environment      B24_ACCESS_TOKEN, B24_REFRESH_TOKEN, B24_CLIENT_ID,
                   B24_CLIENT_SECRET, B24_PORTAL, B24_AUTH_CONNECTOR, B24_TOKEN_ENDPOINT;
                   a rotated token pair is written to the file named by B24_TOKEN_OUT
</source>
        <translation>
Учётные данные (никогда в командной строке; параметра --token намеренно нет):
  --profile NAME   сохранённый профиль; токены и ключ приложения — из хранилища ключей ОС
  --token-file F   первая строка — токен доступа, или JSON с access_token, refresh_token,
                   client_id, client_secret (необязательно portal, auth_connector,
                   token_endpoint); перезаписывается на месте (права 0600) при смене токенов
  окружение        B24_ACCESS_TOKEN, B24_REFRESH_TOKEN, B24_CLIENT_ID,
                   B24_CLIENT_SECRET, B24_PORTAL, B24_AUTH_CONNECTOR, B24_TOKEN_ENDPOINT;
                   новая пара токенов записывается в файл, указанный в B24_TOKEN_OUT
</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+44"/>
        <source>
Examples:
</source>
        <translation>
Примеры:
</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>
Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options and examples.
</source>
        <translation>
Запустите «%1 &lt;команда&gt; --help», чтобы увидеть параметры и примеры команды.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1 [global options] %2 [options]

</source>
        <translation>Использование: %1 [общие параметры] %2 [параметры]

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Rows are cleared in one group (the portal addresses a batch by its PROCESS_ID, and &quot;&quot; means every unreserved row). The group&apos;s rows are loaded first; IDs that are not in the group are left out and reported. --all-in-group and any clear of unreserved or error rows need --yes or a typed confirmation on a terminal. Afterwards the group is re-listed and the verified outcome printed.
</source>
        <translation>
Строки удаляются в пределах одной группы (портал обращается к пакету по его PROCESS_ID, а &quot;&quot; означает все свободные строки). Сначала загружаются строки группы; ID, которых в группе нет, пропускаются и перечисляются. Для --all-in-group и любой очистки свободных или ошибочных строк нужен --yes или подтверждение, введённое в терминале. После этого список группы читается заново и выводится проверенный результат.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
The MESSAGE_IDs are checked against the batch&apos;s rows before anything is sent.
</source>
        <translation>
MESSAGE_ID сверяются со строками пакета до отправки любых запросов.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Prints the portal&apos;s authorization page; open it in a browser signed in to the portal as an administrator and allow the application. The portal sends its answer to http://127.0.0.1:PORT/ on this machine, which must be the application&apos;s handler address. On a server, forward the port from your desktop first (ssh -L PORT:127.0.0.1:PORT server). The new pair goes to the profile&apos;s keychain entry, the token file, or the file named by B24_TOKEN_OUT. Needs the application&apos;s client id and client secret, no token.
</source>
        <translation>
Выводит адрес страницы авторизации портала; откройте его в браузере, где вы вошли на портал как администратор, и разрешите доступ приложению. Портал отправит ответ на http://127.0.0.1:PORT/ на этом компьютере — это должен быть адрес обработчика приложения. На сервере сначала пробросьте порт со своего компьютера (ssh -L PORT:127.0.0.1:PORT server). Новая пара попадает в запись профиля в связке ключей, в файл токенов или в файл, указанный в B24_TOKEN_OUT. Нужны код и ключ приложения, токен не нужен.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Reserved rows are hidden from your production consumer until cleared. Needs the rest_offline_extended feature.
</source>
        <translation>
Зарезервированные строки скрыты от вашего рабочего обработчика, пока их не удалят. Требуется возможность rest_offline_extended.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Options:
</source>
        <translation>
Параметры:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Global options: see &apos;%1 --help&apos;.
</source>
        <translation>
Общие параметры: см. «%1 --help».
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is refused on purpose: a command line is visible to every user of this machine (ps, /proc) and ends up in shell history. Give the token through --token-file FILE (mode 0600), the environment (B24_ACCESS_TOKEN, B24_REFRESH_TOKEN, B24_CLIENT_ID, B24_CLIENT_SECRET) or a saved profile (--profile NAME, secrets in the keychain).</source>
        <translation>%1 намеренно не принимается: командная строка видна всем пользователям этого компьютера (ps, /proc) и попадает в историю командной оболочки. Передайте токен через --token-file FILE (права 0600), переменные окружения (B24_ACCESS_TOKEN, B24_REFRESH_TOKEN, B24_CLIENT_ID, B24_CLIENT_SECRET) или сохранённый профиль (--profile NAME, секреты в хранилище ключей).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No command given.</source>
        <translation>Не указана команда.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Неизвестная команда «%1». Команды: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unexpected argument &quot;%1&quot; after the command.</source>
        <translation>Неожиданный аргумент «%1» после команды.</translation>
    </message>
</context>
<context>
    <name>b24::cli::Confirmation</name>
    <message numerus="yes">
        <location filename="../../app/cli/Confirmation.cpp" line="+17"/>
        <source>About to permanently delete %n row(s) (%1) of group &quot;%2&quot; on portal %3.
Type &quot;yes&quot; to continue: </source>
        <translation>
            <numerusform>Сейчас будет безвозвратно удалена %n строка (%1) группы «%2» на портале %3.
Введите &quot;yes&quot;, чтобы продолжить: </numerusform>
            <numerusform>Сейчас будут безвозвратно удалены %n строки (%1) группы «%2» на портале %3.
Введите &quot;yes&quot;, чтобы продолжить: </numerusform>
            <numerusform>Сейчас будут безвозвратно удалены %n строк (%1) группы «%2» на портале %3.
Введите &quot;yes&quot;, чтобы продолжить: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refusing to clear without confirmation: stdin is not a terminal, so nobody can be asked. Check the scope with --dry-run, then repeat the command with --yes.</source>
        <translation>Очистка без подтверждения не выполняется: stdin — не терминал, поэтому спросить некого. Проверьте набор строк с --dry-run, затем повторите команду с --yes.</translation>
    </message>
</context>
<context>
    <name>b24::cli::Console</name>
    <message>
        <location filename="../../app/cli/Console.cpp" line="+79"/>
        <source>warning: %1
</source>
        <translation>предупреждение: %1
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do: %1
</source>
        <translation>Что делать: %1
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>, attempt %1</source>
        <translation>, попытка %1</translation>
    </message>
</context>
<context>
    <name>b24::cli::CredentialSource</name>
    <message>
        <location filename="../../app/cli/CredentialSource.cpp" line="+37"/>
        <source>profile (keychain)</source>
        <translation>профиле (хранилище ключей)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token file</source>
        <translation>файле токенов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment</source>
        <translation>окружении</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no saved profile named &quot;%1&quot; (no profiles are saved; create one in the window, or use --token-file or environment variables).</source>
        <translation>Сохранённого профиля «%1» нет (профилей нет вообще; создайте профиль в окне программы или используйте --token-file либо переменные окружения).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no saved profile named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Сохранённого профиля «%1» нет. Сохранённые профили: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile &quot;%1&quot; is read-only, so commands that change the queue are refused. Preview with --dry-run, or turn read-only off for this profile in the window.</source>
        <translation>Профиль «%1» только для чтения, поэтому команды, изменяющие очередь, отклоняются. Посмотрите результат с --dry-run или отключите режим «только чтение» для этого профиля в окне программы.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot read the profile&apos;s secrets from the keychain: %1</source>
        <translation>Не удаётся прочитать секреты профиля из хранилища ключей: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain is not available here (%1), so the profile&apos;s tokens cannot be read. Use --token-file FILE or the B24_* environment variables instead.</source>
        <translation>Системное хранилище ключей здесь недоступно (%1), поэтому токены профиля прочитать нельзя. Используйте --token-file FILE или переменные окружения B24_*.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Secret Service</source>
        <translation>нет Secret Service</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No credentials. Give them through --profile NAME (keychain), --token-file FILE, or the environment variable B24_ACCESS_TOKEN (with B24_REFRESH_TOKEN, B24_CLIENT_ID and B24_CLIENT_SECRET for automatic refresh). They are never accepted on the command line.</source>
        <translation>Нет учётных данных. Передайте их через --profile NAME (хранилище ключей), --token-file FILE или переменную окружения B24_ACCESS_TOKEN (с B24_REFRESH_TOKEN, B24_CLIENT_ID и B24_CLIENT_SECRET для автоматического продления). В командной строке они не принимаются никогда.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The token endpoint &quot;%1&quot; is not an http(s) URL.</source>
        <translation>Адрес сервера выдачи токенов «%1» — не URL http(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No portal address. Give --portal example.bitrix24.com, a profile, or B24_PORTAL.</source>
        <translation>Нет адреса портала. Укажите --portal example.bitrix24.ru, профиль или B24_PORTAL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sign-in needs the application&apos;s client id and client secret: in the profile, in the token file (client_id, client_secret) or in B24_CLIENT_ID and B24_CLIENT_SECRET.</source>
        <translation>sign-in нужны код и ключ приложения: в профиле, в файле токенов (client_id, client_secret) или в B24_CLIENT_ID и B24_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sign-in needs a place for the new token pair: a profile (keychain), a JSON token file, or B24_TOKEN_OUT=FILE.</source>
        <translation>sign-in нужно место для новой пары токенов: профиль (связка ключей), JSON-файл токенов или B24_TOKEN_OUT=FILE.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No access token in the %1. Put access_token in the token file, set B24_ACCESS_TOKEN, or sign in again in the window to refresh the profile.</source>
        <translation>Нет токена доступа в %1. Укажите access_token в файле токенов, задайте B24_ACCESS_TOKEN или снова войдите в окне программы, чтобы обновить профиль.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The new tokens were saved to the keychain.</source>
        <translation>Новые токены сохранены в связке ключей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new tokens could not be saved to the keychain (%1); run sign-in again once it is available.</source>
        <translation>Новые токены не удалось сохранить в связке ключей (%1); запустите sign-in снова, когда она станет доступна.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refreshed tokens were saved to the keychain.</source>
        <translation>Обновлённые токены сохранены в хранилище ключей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tokens were refreshed but could not be saved to the keychain (%1); the old refresh token is no longer valid: sign in again in the window.</source>
        <translation>Токены обновлены, но сохранить их в хранилище ключей не удалось (%1); старый токен обновления больше недействителен — снова войдите в окне программы.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new tokens were written to %1.</source>
        <translation>Новые токены записаны в %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>The new tokens could not be written: %1.</source>
        <translation>Новые токены не удалось записать: %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The refreshed tokens were written to %1.</source>
        <translation>Обновлённые токены записаны в %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>The tokens were refreshed but %1; the old refresh token is no longer valid.</source>
        <translation>Токены обновлены, но %1; старый токен обновления больше недействителен.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The new token pair was written to %1 (B24_TOKEN_OUT).</source>
        <translation>Новая пара токенов записана в %1 (B24_TOKEN_OUT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refreshed token pair was written to %1 (B24_TOKEN_OUT); use it next time.</source>
        <translation>Обновлённая пара токенов записана в %1 (B24_TOKEN_OUT); используйте её в следующий раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tokens were refreshed: the refresh token in B24_REFRESH_TOKEN is no longer valid and the new one was not stored. Set B24_TOKEN_OUT=FILE to receive the new pair, or use --token-file or --profile, which are updated automatically.</source>
        <translation>Токены обновлены: токен обновления из B24_REFRESH_TOKEN больше недействителен, а новый не сохранён. Задайте B24_TOKEN_OUT=FILE, чтобы получить новую пару, или используйте --token-file либо --profile — они обновляются автоматически.</translation>
    </message>
</context>
<context>
    <name>b24::cli::DryRun</name>
    <message>
        <location filename="../../app/cli/DryRun.cpp" line="+37"/>
        <source># request %1 of %2
</source>
        <translation># запрос %1 из %2
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dry run: nothing was sent. These requests would be:

</source>
        <translation>Пробный запуск: ничего не отправлено. Были бы отправлены такие запросы:

</translation>
    </message>
</context>
<context>
    <name>b24::cli::EventTable</name>
    <message>
        <location filename="../../app/cli/EventTable.cpp" line="+47"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENT</source>
        <translation>СОБЫТИЕ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MESSAGE_ID</source>
        <translation>MESSAGE_ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROCESS_ID</source>
        <translation>PROCESS_ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERR</source>
        <translation>ОШ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DATA</source>
        <translation>ДАННЫЕ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1m</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1h %2m</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1d %2h</source>
        <translation>%1 д %2 ч</translation>
    </message>
</context>
<context>
    <name>b24::cli::IdFileReader</name>
    <message>
        <location filename="../../app/cli/IdFileReader.cpp" line="+19"/>
        <source>Cannot read the ID file %1: %2. Check the path and its permissions.</source>
        <translation>Не удаётся прочитать файл с ID %1: %2. Проверьте путь и права доступа к файлу.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, line %2: &quot;%3&quot; is neither a numeric event ID nor a 32-character MESSAGE_ID. Put one value per line; &apos;#&apos; starts a comment.</source>
        <translation>%1, строка %2: «%3» — не числовой ID события и не MESSAGE_ID из 32 символов. Указывайте по одному значению в строке; «#» начинает комментарий.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no IDs. An empty list is never sent: the portal would read it as &quot;the whole batch&quot;.</source>
        <translation>В %1 нет ни одного ID. Пустой список никогда не отправляется: портал понял бы его как «весь пакет».</translation>
    </message>
</context>
<context>
    <name>b24::cli::ListCommand</name>
    <message>
        <location filename="../../app/cli/ListCommand.cpp" line="+59"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 rows; use --limit N (0 = all) to see more.
</source>
        <translation>Показано строк: %1; используйте --limit N (0 — все), чтобы увидеть больше.
</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).
</source>
        <translation>
            <numerusform>%n строка.
</numerusform>
            <numerusform>%n строки.
</numerusform>
            <numerusform>%n строк.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n row(s) to %1.
</source>
        <translation>
            <numerusform>Записана %n строка в %1.
</numerusform>
            <numerusform>Записаны %n строки в %1.
</numerusform>
            <numerusform>Записано %n строк в %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export: %1</source>
        <translation>Не удаётся экспортировать: %1</translation>
    </message>
</context>
<context>
    <name>b24::cli::MarkErrorCommand</name>
    <message>
        <location filename="../../app/cli/MarkErrorCommand.cpp" line="+27"/>
        <source>Could not load the batch&apos;s rows; nothing was marked.
</source>
        <translation>Не удалось загрузить строки пакета; ничего не отмечено.
</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n MESSAGE_ID(s) are not in batch %1: %2. Nothing was sent: for them event.offline.error would mark nothing and delete their copies elsewhere.</source>
        <translation>
            <numerusform>%n MESSAGE_ID нет в пакете %1: %2. Ничего не отправлено: для него event.offline.error ничего бы не отметил, но удалил бы его копии в других местах.</numerusform>
            <numerusform>%n MESSAGE_ID нет в пакете %1: %2. Ничего не отправлено: для них event.offline.error ничего бы не отметил, но удалил бы их копии в других местах.</numerusform>
            <numerusform>%n MESSAGE_ID нет в пакете %1: %2. Ничего не отправлено: для них event.offline.error ничего бы не отметил, но удалил бы их копии в других местах.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The error rows could not be re-listed; the outcome is not verified.
</source>
        <translation>Не удалось повторно прочитать ошибочные строки; результат не проверен.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Marked as error (verified): %1 of %2 MESSAGE_ID(s).
</source>
        <translation>Отмечено как ошибки (проверено): %1 из %2 MESSAGE_ID.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  not marked: %1
</source>
        <translation>  не отмечен: %1
</translation>
    </message>
</context>
<context>
    <name>b24::cli::ProcessesCommand</name>
    <message>
        <location filename="../../app/cli/ProcessesCommand.cpp" line="+72"/>
        <source>GROUP</source>
        <translation>ГРУППА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROCESS_ID</source>
        <translation>PROCESS_ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROWS</source>
        <translation>СТРОК</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERRORS</source>
        <translation>ОШИБОК</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OLDEST</source>
        <translation>САМАЯ СТАРАЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AGE</source>
        <translation>ВОЗРАСТ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STUCK</source>
        <translation>ЗАВИС</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) in total on %1.
</source>
        <translation>
            <numerusform>Всего %n строка на %1.
</numerusform>
            <numerusform>Всего %n строки на %1.
</numerusform>
            <numerusform>Всего %n строк на %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::cli::ReserveCommand</name>
    <message>
        <location filename="../../app/cli/ReserveCommand.cpp" line="+85"/>
        <source>Whether rows were reserved is unknown: the request may have reached the portal. It was not repeated. Run &apos;processes&apos; to see the batches before trying again.</source>
        <translation>Неизвестно, были ли строки зарезервированы: запрос мог дойти до портала. Он не повторялся. Запустите «processes», чтобы увидеть пакеты, прежде чем пробовать снова.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No unreserved row matched; nothing was reserved.
</source>
        <translation>Подходящих свободных строк нет; ничего не зарезервировано.
</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reserved %n row(s) as batch %1 on %2. They are hidden from your application until cleared: %3 clear --process %1 --all-in-group
</source>
        <translation>
            <numerusform>Зарезервирована %n строка в пакет %1 на %2. Она скрыта от вашего приложения, пока её не удалят: %3 clear --process %1 --all-in-group
</numerusform>
            <numerusform>Зарезервированы %n строки в пакет %1 на %2. Они скрыты от вашего приложения, пока их не удалят: %3 clear --process %1 --all-in-group
</numerusform>
            <numerusform>Зарезервировано %n строк в пакет %1 на %2. Они скрыты от вашего приложения, пока их не удалят: %3 clear --process %1 --all-in-group
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::cli::RowLoad</name>
    <message>
        <location filename="../../app/cli/RowLoad.cpp" line="+19"/>
        <source>Loading rows: %1 of %2</source>
        <translation>Загрузка строк: %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading rows: %1</source>
        <translation>Загрузка строк: %1</translation>
    </message>
</context>
<context>
    <name>b24::cli::SignInCommand</name>
    <message>
        <location filename="../../app/cli/SignInCommand.cpp" line="+28"/>
        <source>Signed in to %1: a new token pair was received.
</source>
        <translation>Вход на %1 выполнен: получена новая пара токенов.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open this address in a browser signed in to %1 as an administrator, and allow the application:

  %2

Waiting up to 5 minutes for the portal&apos;s answer on %3 (the application&apos;s handler address must be exactly that). Ctrl+C stops.
</source>
        <translation>Откройте этот адрес в браузере, где вы вошли на %1 как администратор, и разрешите доступ приложению:

  %2

Ожидание ответа портала на %3 — до 5 минут (адрес обработчика приложения должен быть именно таким). Ctrl+C — остановить.
</translation>
    </message>
</context>
<context>
    <name>b24::cli::TokenFile</name>
    <message>
        <location filename="../../app/cli/TokenFile.cpp" line="+27"/>
        <source>Cannot read the token file %1: %2.</source>
        <translation>Не удаётся прочитать файл токенов %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token file %1 is larger than 64 KiB; it should hold one token or a small JSON object.</source>
        <translation>Файл токенов %1 больше 64 КиБ, а в нём должен быть один токен или небольшой JSON-объект.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token file %1 is readable by other users; run: chmod 600 %1</source>
        <translation>файл токенов %1 доступен для чтения другим пользователям; выполните: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token file %1 starts with &apos;{&apos; but is not a valid JSON object (%2 at offset %3).</source>
        <translation>Файл токенов %1 начинается с «{», но не является корректным JSON-объектом (%2 в позиции %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token file %1 has neither access_token nor refresh_token.</source>
        <translation>В файле токенов %1 нет ни access_token, ни refresh_token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token file %1 is empty; put the access token on its first line.</source>
        <translation>Файл токенов %1 пуст; запишите токен доступа в его первую строку.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>b24::sandbox::CertificateFactory</name>
    <message>
        <location filename="../../app/sandbox/CertificateFactory.cpp" line="+22"/>
        <source>HTTPS needs the openssl command to make a certificate; install the openssl package or use plain HTTP</source>
        <translation>Для HTTPS нужна команда openssl, чтобы создать сертификат; установите пакет openssl или используйте незащищённый HTTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a temporary directory for the certificate: %1</source>
        <translation>Не удаётся создать временный каталог для сертификата: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>openssl could not make a certificate: %1</source>
        <translation>openssl не смог создать сертификат: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the certificate openssl made</source>
        <translation>Не удаётся прочитать сертификат, созданный openssl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate openssl made cannot be loaded</source>
        <translation>Не удаётся загрузить сертификат, созданный openssl</translation>
    </message>
</context>
<context>
    <name>b24::sandbox::OAuthAuthorizeEndpoint</name>
    <message>
        <location filename="../../app/sandbox/OAuthAuthorizeEndpoint.cpp" line="+47"/>
        <source>redirect_uri is missing. The sandbox portal has no registered handler for the application, so pass the address the application listens on, e.g. redirect_uri=http://127.0.0.1:PORT/.</source>
        <translation>Не указан redirect_uri. У тестового портала нет зарегистрированного обработчика приложения, поэтому передайте адрес, который слушает приложение, например redirect_uri=http://127.0.0.1:PORT/.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>redirect_uri &quot;%1&quot; is not an absolute http:// or https:// URL.</source>
        <translation>redirect_uri «%1» — не абсолютный адрес http:// или https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redirect_uri &quot;%1&quot; does not point at this computer. The sandbox portal only redirects to a loopback address (127.0.0.1, ::1 or localhost).</source>
        <translation>redirect_uri «%1» указывает не на этот компьютер. Тестовый портал перенаправляет только на локальный адрес (127.0.0.1, ::1 или localhost).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redirect_uri &quot;%1&quot; contains a fragment (#…); remove it.</source>
        <translation>redirect_uri «%1» содержит фрагмент (#…); удалите его.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Application not found</source>
        <translation>Приложение не найдено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application was not found: client_id is missing. Pass the client id the sandbox portal printed at start.</source>
        <translation>Приложение не найдено: не указан client_id. Передайте код приложения, который тестовый портал вывел при запуске.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application &quot;%1&quot; was not found on this portal. Pass the client id the sandbox portal printed at start.</source>
        <translation>Приложение «%1» не найдено на этом портале. Передайте код приложения, который тестовый портал вывел при запуске.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid redirect_uri</source>
        <translation>Недопустимый redirect_uri</translation>
    </message>
</context>
<context>
    <name>b24::sandbox::PortalCommandLine</name>
    <message>
        <location filename="../../app/sandbox-portal/PortalCommandLine.cpp" line="+22"/>
        <source>A local Bitrix24 portal for trying b24-offline-queue and for tests: event.offline.get/list/clear/error, batch, feature.get, OAuth (refresh at /oauth/token/; browser sign-in at /oauth/authorize/?client_id=…&amp;state=…&amp;redirect_uri=http://127.0.0.1:PORT/ with grant_type=authorization_code), rate and operating-time limits and fault injection, reproducing the server&apos;s behaviour including its traps.
It prints the REST URL, an administrator access token, the refresh token, client id and secret, the certificate&apos;s SHA-256 and the admin key at start. Admin endpoint: GET &lt;url&gt;/sandbox/state, POST /sandbox/reset, /sandbox/events, /sandbox/seed, /sandbox/faults, /sandbox/features, /sandbox/expire-tokens, /sandbox/expire-codes, /sandbox/operating, /sandbox/cleanup (header X-Sandbox-Key: &lt;admin key&gt;).</source>
        <translation>Локальный портал Битрикс24 для знакомства с b24-offline-queue и для тестов: event.offline.get/list/clear/error, batch, feature.get, OAuth (продление токенов на /oauth/token/; вход через браузер на /oauth/authorize/?client_id=…&amp;state=…&amp;redirect_uri=http://127.0.0.1:PORT/ с grant_type=authorization_code), лимиты частоты и времени выполнения и внедрение сбоев — с поведением настоящего сервера, включая его подводные камни.
При запуске выводит адрес REST, токен доступа администратора, токен обновления, код и ключ приложения, SHA-256 сертификата и ключ администрирования. Служебные адреса: GET &lt;url&gt;/sandbox/state, POST /sandbox/reset, /sandbox/events, /sandbox/seed, /sandbox/faults, /sandbox/features, /sandbox/expire-tokens, /sandbox/expire-codes, /sandbox/operating, /sandbox/cleanup (заголовок X-Sandbox-Key: &lt;ключ администрирования&gt;).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Адрес для прослушивания (по умолчанию 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port to listen on; 0 picks a free one (default 0).</source>
        <translation>Порт для прослушивания; 0 — выбрать свободный (по умолчанию 0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve plain HTTP instead of HTTPS with a generated self-signed certificate.</source>
        <translation>Работать по незащищённому HTTP вместо HTTPS с созданным самоподписанным сертификатом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put N generated events into the queue at start.</source>
        <translation>Поместить в очередь при запуске N сгенерированных событий.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed the realistic demo queue (~2,000 events, batches, stuck batches, error rows).</source>
        <translation>Заполнить реалистичную демонстрационную очередь (~2 000 событий, пакеты, зависшие пакеты, ошибочные строки).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated event names for --seed (default ONCRMDEALUPDATE,…).</source>
        <translation>Названия событий через запятую для --seed (по умолчанию ONCRMDEALUPDATE,…).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra bytes of padding in each seeded EVENT_DATA.</source>
        <translation>Дополнительные байты заполнения в каждом сгенерированном EVENT_DATA.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share (0..1) of seeded rows put into recent batches.</source>
        <translation>Доля (0..1) сгенерированных строк, помещаемых в недавние пакеты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share (0..1) of seeded rows marked ERROR=1.</source>
        <translation>Доля (0..1) сгенерированных строк с отметкой ERROR=1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of recent batches the reserved rows are spread over.</source>
        <translation>Число недавних пакетов, по которым распределяются зарезервированные строки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Number of old &quot;stuck&quot; batches (rows days old, still reserved).</source>
        <translation>Число старых «зависших» пакетов (строкам несколько дней, они всё ещё зарезервированы).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows in each stuck batch.</source>
        <translation>Строк в каждом зависшем пакете.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auth_connector of the seeded rows (default none).</source>
        <translation>auth_connector сгенерированных строк (по умолчанию нет).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky bucket drain in requests per second (default 2; Enterprise 5).</source>
        <translation>Скорость опустошения «дырявого ведра» в запросах в секунду (по умолчанию 2; «Энтерпрайз» — 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky bucket size; above it 503 QUERY_LIMIT_EXCEEDED (default 50).</source>
        <translation>Размер «дырявого ведра»; при превышении — 503 QUERY_LIMIT_EXCEEDED (по умолчанию 50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the leaky bucket off.</source>
        <translation>Отключить «дырявое ведро».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating-time limit per method over 10 minutes in seconds; above it 429 OPERATION_TIME_LIMIT (default 420).</source>
        <translation>Лимит времени выполнения на метод за 10 минут в секундах; при превышении — 429 OPERATION_TIME_LIMIT (по умолчанию 420).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch the operating-time limiter off (no operating in time).</source>
        <translation>Отключить ограничитель времени выполнения (без operating в блоке time).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn feature rest_offline_extended off: get with clear=0 answers 403 WRONG_LICENSE.</source>
        <translation>Выключить возможность rest_offline_extended: get с clear=0 отвечает 403 WRONG_LICENSE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn feature rest_auth_connector off: any auth_connector answers 403 WRONG_LICENSE.</source>
        <translation>Выключить возможность rest_auth_connector: любой auth_connector получает 403 WRONG_LICENSE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/oauth/authorize/ redirects with error=access_denied instead of a code (a user who declines).</source>
        <translation>/oauth/authorize/ перенаправляет с error=access_denied вместо кода (пользователь отказал).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token lifetime in seconds (default 3600).</source>
        <translation>Срок действия токена доступа в секундах (по умолчанию 3600).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal&apos;s UTC offset in minutes for TIMESTAMP_X (default 180).</source>
        <translation>Смещение портала от UTC в минутах для TIMESTAMP_X (по умолчанию 180).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the generated certificate (PEM) to this file, e.g. for curl --cacert.</source>
        <translation>Сохранить созданный сертификат (PEM) в этот файл, например для curl --cacert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inject a fault: method:kind[:ms][:count], kind one of delay, drop-before, drop-after, html-502, truncated-json, error-500, partial-body; method &quot;*&quot; hits all. Repeatable. E.g. event.offline.get:delay:1500.</source>
        <translation>Внедрить сбой: method:kind[:ms][:count], где kind — delay, drop-before, drop-after, html-502, truncated-json, error-500 или partial-body; method &quot;*&quot; действует на все методы. Можно повторять. Например, event.offline.get:delay:1500.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 needs a number of at least %2, not &quot;%3&quot;</source>
        <translation>--%1 требует число не меньше %2, а не «%3»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--address needs an IP address such as 127.0.0.1, not &quot;%1&quot;</source>
        <translation>--address требует IP-адрес, например 127.0.0.1, а не «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--port must be between 0 and 65535</source>
        <translation>--port должен быть от 0 до 65535</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--%1 is a share between 0 and 1</source>
        <translation>--%1 — доля от 0 до 1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--utc-offset needs minutes between -840 and 840, e.g. 180 for Moscow</source>
        <translation>--utc-offset требует число минут от -840 до 840, например 180 для Москвы</translation>
    </message>
</context>
<context>
    <name>b24::sandbox::SandboxFaults</name>
    <message>
        <location filename="../../app/sandbox/SandboxFaults.cpp" line="+70"/>
        <source>Fault &quot;%1&quot; is not method:kind[:ms][:count], e.g. event.offline.get:delay:1500</source>
        <translation>Сбой «%1» не имеет вида method:kind[:ms][:count], например event.offline.get:delay:1500</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown fault kind &quot;%1&quot;; use one of: %2</source>
        <translation>Неизвестный вид сбоя «%1»; используйте один из: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fault delay &quot;%1&quot; must be a number of milliseconds</source>
        <translation>Задержка сбоя «%1» должна быть числом миллисекунд</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fault count &quot;%1&quot; must be a positive number or -1</source>
        <translation>Число сбоев «%1» должно быть положительным числом или -1</translation>
    </message>
</context>
<context>
    <name>b24::sandbox::SandboxServer</name>
    <message>
        <location filename="../../app/sandbox/SandboxServer.cpp" line="+74"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Не удаётся начать прослушивание на %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>b24::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.cpp" line="+17"/>
        <source>About Bitrix24 Offline Queue</source>
        <translation>О программе «Очередь офлайн-событий Битрикс24»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Bitrix24 Offline Queue&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Inspect and safely clear a Bitrix24 application&apos;s offline event queue: browse it by batch, find stuck reservations, clear exactly the records you choose and verify the result, with every request explained.&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later). This program comes with absolutely no warranty.&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Очередь офлайн-событий Битрикс24&lt;/h2&gt;&lt;p&gt;Версия %1&lt;/p&gt;&lt;p&gt;Просмотр и безопасная очистка очереди офлайн-событий приложения Битрикс24: просмотр по пакетам, поиск зависших резервирований, удаление ровно тех записей, которые вы выбрали, и проверка результата — с пояснением каждого запроса.&lt;/p&gt;&lt;p&gt;Распространяется на условиях &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License версии 3 или более поздней&lt;/a&gt; (GPL-3.0-or-later). Программа поставляется без каких-либо гарантий.&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Собрано с Qt %2, работает на Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>b24::ui::BrowserSignInRow</name>
    <message>
        <location filename="../../ui/BrowserSignInRow.cpp" line="+20"/>
        <source>Sign in with &amp;browser…</source>
        <translation>Войти через &amp;браузер…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+70"/>
        <source>Opens the portal&apos;s authorization page; after you allow the application, the access and refresh tokens are filled in here.</source>
        <translation>Открывает страницу авторизации портала; после того как вы разрешите доступ приложению, токены доступа и обновления будут заполнены здесь.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>port </source>
        <translation>порт </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local port where the portal&apos;s answer arrives (127.0.0.1 only).</source>
        <translation>Локальный порт, на который приходит ответ портала (только 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Signed in: the access and refresh tokens are filled in. Save the profile to keep them in the keychain.</source>
        <translation>Вход выполнен: токены доступа и обновления заполнены. Сохраните профиль, чтобы они хранились в связке ключей.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The application&apos;s handler address in the portal must be %1</source>
        <translation>Адрес обработчика приложения в портале должен быть %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the authorization page</source>
        <translation>страница авторизации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the portal&apos;s answer: allow the application in the browser (%1).</source>
        <translation>Ожидание ответа портала: разрешите доступ приложению в браузере (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser could be opened. Open %1 yourself and allow the application.</source>
        <translation>Не удалось открыть браузер. Откройте %1 вручную и разрешите доступ приложению.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
</context>
<context>
    <name>b24::ui::ClearConfirmDialog</name>
    <message>
        <location filename="../../ui/ClearConfirmDialog.cpp" line="+33"/>
        <source>Confirm clear</source>
        <translation>Подтверждение очистки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Delete every row with these %1 MESSAGE_IDs from %2?&lt;/b&gt;&lt;br/&gt;This cannot be undone.</source>
        <translation>&lt;b&gt;Удалить все строки с этими MESSAGE_ID (%1) из группы «%2»?&lt;/b&gt;&lt;br/&gt;Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Delete %1 records from %2?&lt;/b&gt;&lt;br/&gt;This cannot be undone.</source>
        <translation>&lt;b&gt;Удалить записи (%1) из группы «%2»?&lt;/b&gt;&lt;br/&gt;Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Portal:</source>
        <translation>Портал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connector:</source>
        <translation>Коннектор:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: the application&apos;s own queue)</source>
        <translation>(нет: собственная очередь приложения)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (sent as process_id=&quot;&quot; with the IDs)</source>
        <translation> (отправляется как process_id=&quot;&quot; вместе с ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MESSAGE_IDs (%2 of the loaded rows carry them)</source>
        <translation>MESSAGE_ID: %1 (они есть у %2 из загруженных строк)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 records</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests:</source>
        <translation>Запросы:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n HTTP request(s), sent one after another; a request whose outcome is unknown is not retried</source>
        <translation>
            <numerusform>%n HTTP-запрос, отправляются по очереди; запрос с неизвестным результатом не повторяется</numerusform>
            <numerusform>%n HTTP-запроса, отправляются по очереди; запрос с неизвестным результатом не повторяется</numerusform>
            <numerusform>%n HTTP-запросов, отправляются по очереди; запрос с неизвестным результатом не повторяется</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By MESSAGE_ID removes &lt;b&gt;every copy&lt;/b&gt; with that MESSAGE_ID in this group, including copies this load did not show.</source>
        <translation>Очистка по MESSAGE_ID удаляет &lt;b&gt;все копии&lt;/b&gt; с этим MESSAGE_ID в группе, включая копии, которых не было в этой загрузке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows a consumer reserves between now and the call are not deleted; the report afterwards lists them.</source>
        <translation>Строки, которые обработчик зарезервирует до момента вызова, не удаляются; они будут перечислены в отчёте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards the queue is listed again to verify what is really gone.</source>
        <translation>После этого очередь читается заново, чтобы проверить, что действительно удалено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MESSAGE_ID</source>
        <translation>MESSAGE_ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First records in scope: all %1 shown</source>
        <translation>Первые записи набора: показаны все (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export these records first…</source>
        <translation>Сначала экспортировать эти записи…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the loaded records in scope as JSON (or .jsonl / .csv) before clearing</source>
        <translation>Сохранить загруженные записи набора в JSON (или .jsonl / .csv) перед очисткой</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export before clearing</source>
        <translation>Экспортировать перед очисткой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirming asks for a file first and clears only once the export is written</source>
        <translation>После подтверждения сначала запрашивается файл, и очистка начинается только после записи экспорта</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>type the number of records</source>
        <translation>введите число записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This clears the &lt;b&gt;entire group&lt;/b&gt;. Type the number of records, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Будет очищена &lt;b&gt;вся группа&lt;/b&gt;. Для подтверждения введите число записей — &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clear %1 MESSAGE_IDs</source>
        <translation>Удалить MESSAGE_ID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 records</source>
        <translation>Удалить записи: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Экспортирована %n запись в %1</numerusform>
            <numerusform>Экспортированы %n записи в %1</numerusform>
            <numerusform>Экспортировано %n записей в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export records before clearing</source>
        <translation>Экспорт записей перед очисткой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By ID: exactly the selected rows</source>
        <translation>По ID: ровно выбранные строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By MESSAGE_ID: every row in the group with one of the selected rows&apos; MESSAGE_IDs</source>
        <translation>По MESSAGE_ID: все строки группы с MESSAGE_ID одной из выбранных строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entire group: every loaded row of the group, by ID</source>
        <translation>Вся группа: все загруженные строки группы, по ID</translation>
    </message>
</context>
<context>
    <name>b24::ui::ClearProgressDialog</name>
    <message>
        <location filename="../../ui/ClearProgressDialog.cpp" line="+18"/>
        <source>Stop after this request</source>
        <translation>Остановить после этого запроса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clearing</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending request 1 of %1…</source>
        <translation>Отправка запроса 1 из %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A request already sent cannot be taken back; the clear stops before the next one and the report says what happened.</source>
        <translation>Уже отправленный запрос отозвать нельзя; очистка остановится перед следующим, а отчёт покажет, что произошло.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending request %1 of %2…</source>
        <translation>Отправка запроса %1 из %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listing the queue again to verify what is gone…</source>
        <translation>Повторное чтение очереди для проверки удалённого…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping: waiting for the request in flight, then verifying…</source>
        <translation>Остановка: ожидание ответа на отправленный запрос, затем проверка…</translation>
    </message>
</context>
<context>
    <name>b24::ui::ClearReportDialog</name>
    <message>
        <location filename="../../ui/ClearReportDialog.cpp" line="+20"/>
        <source>Clear report</source>
        <translation>Отчёт об очистке</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In scope: %1</source>
        <translation>В наборе: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified gone: %1</source>
        <translation>Удаление подтверждено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: the queue could not be listed again</source>
        <translation>Не проверено: не удалось перечитать очередь</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Requests: %1 sent, %2 failed, %3 outcome unknown, %4 not sent</source>
        <translation>Запросы: отправлено %1, с ошибкой %2, с неизвестным результатом %3, не отправлено %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped on request: the remaining requests were not sent.</source>
        <translation>Остановлено по запросу: оставшиеся запросы не отправлены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Outcome unknown:&lt;/b&gt; at least one request may or may not have been applied by the portal (for example the connection dropped after sending). It was not retried. The counts above come from listing the queue again.</source>
        <translation>&lt;b&gt;Результат неизвестен:&lt;/b&gt; как минимум один запрос портал мог выполнить, а мог и нет (например, соединение оборвалось после отправки). Он не повторялся. Числа выше получены повторным чтением очереди.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Still present (%1):</source>
        <translation>Остались (%1):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What to do: %1</source>
        <translation>Что делать: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed or uncertain requests:</source>
        <translation>Неудачные или неясные запросы:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Result not verified&lt;/b&gt;: %1 requested; listing the queue afterwards failed.</source>
        <translation>&lt;b&gt;Результат не проверен&lt;/b&gt;: запрошено %1; повторно прочитать очередь не удалось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Cleared %1 of %2&lt;/b&gt;; still present %3</source>
        <translation>&lt;b&gt;Удалено %1 из %2&lt;/b&gt;; осталось %3</translation>
    </message>
</context>
<context>
    <name>b24::ui::ConnectionDialog</name>
    <message>
        <location filename="../../ui/ConnectionDialog.cpp" line="+43"/>
        <source>Connect to a Bitrix24 portal</source>
        <translation>Подключение к порталу Битрикс24</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this profile without connecting</source>
        <translation>Сохранить профиль без подключения</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Profile:</source>
        <translation>П&amp;рофиль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading secrets from the keychain…</source>
        <translation>Чтение секретов из хранилища ключей…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No saved token for this profile: enter it below.</source>
        <translation>Для этого профиля нет сохранённого токена: введите его ниже.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Profile saved; secrets are kept for this session only.</source>
        <translation>Профиль сохранён; секреты хранятся только до конца сеанса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile saved, but the keychain refused the secrets (%1). They are kept for this session only.</source>
        <translation>Профиль сохранён, но хранилище ключей не приняло секреты (%1). Они хранятся только до конца сеанса.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+128"/>
        <source>%1 (unsaved)</source>
        <translation>%1 (не сохранён)</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied. Save to keep the copy.</source>
        <translation>Скопировано. Сохраните, чтобы оставить копию.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile “%1” and its secrets in the keychain?</source>
        <translation>Удалить профиль «%1» и его секреты из хранилища ключей?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saving secrets to the keychain…</source>
        <translation>Сохранение секретов в хранилище ключей…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile saved; secrets are in the system keychain.</source>
        <translation>Профиль сохранён; секреты находятся в системном хранилище ключей.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No system keychain available — secrets are kept for this session only and will not be saved.</source>
        <translation>Системное хранилище ключей недоступно — секреты хранятся только до конца сеанса и не будут сохранены.</translation>
    </message>
</context>
<context>
    <name>b24::ui::DemoSession</name>
    <message>
        <location filename="../../ui/DemoSession.cpp" line="+38"/>
        <source>Sandbox (demo)</source>
        <translation>Тестовый портал (демо)</translation>
    </message>
</context>
<context>
    <name>b24::ui::EventDetailView</name>
    <message>
        <location filename="../../ui/EventDetailView.cpp" line="+36"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy record as JSON</source>
        <translation>Копировать запись как JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the whole record, with the portal&apos;s field names, as JSON</source>
        <translation>Скопировать всю запись с названиями полей портала в формате JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy value</source>
        <translation>Копировать значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected node as JSON</source>
        <translation>Скопировать выбранный узел в формате JSON</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; ID %2 &amp;nbsp; %3&lt;br/&gt;MESSAGE_ID &lt;tt&gt;%4&lt;/tt&gt;&lt;br/&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; ID %2 &amp;nbsp; %3&lt;br/&gt;MESSAGE_ID &lt;tt&gt;%4&lt;/tt&gt;&lt;br/&gt;%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserved by batch &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Зарезервирована пакетом &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreserved</source>
        <translation>Свободная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> &amp;nbsp; &lt;span style=&apos;color:#b02020&apos;&gt;&lt;b&gt;ERROR=1&lt;/b&gt;&lt;/span&gt;</source>
        <translation> &amp;nbsp; &lt;span style=&apos;color:#b02020&apos;&gt;&lt;b&gt;ERROR=1&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a record to see its payload.</source>
        <translation>Выберите запись, чтобы увидеть её данные.</translation>
    </message>
</context>
<context>
    <name>b24::ui::LogPanel</name>
    <message>
        <location filename="../../ui/LogPanel.cpp" line="+31"/>
        <source>Request log</source>
        <translation>Журнал запросов</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Show errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide requests that succeeded</source>
        <translation>Скрыть успешные запросы</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+39"/>
        <source>Copy as curl</source>
        <translation>Копировать как curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected request as a curl command; the token is replaced by $B24_TOKEN</source>
        <translation>Скопировать выбранный запрос как команду curl; токен заменяется на $B24_TOKEN</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+38"/>
        <source>Save as JSON lines…</source>
        <translation>Сохранить как JSON Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the shown requests, one JSON object per line, without secrets</source>
        <translation>Сохранить показанные запросы по одному JSON-объекту в строке, без секретов</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every entry from the log</source>
        <translation>Удалить все записи из журнала</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Requests: %1</source>
        <translation>Запросов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · errors: %1</source>
        <translation> · ошибок: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 older dropped to save memory)</source>
        <translation> (ещё %1 более старых удалено для экономии памяти)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not write “%1”: %2. Choose another folder.</source>
        <translation>Не удалось записать «%1»: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save “%1”: %2.</source>
        <translation>Не удалось сохранить «%1»: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save request log</source>
        <translation>Сохранение журнала запросов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1 requests to %2</source>
        <translation>Запросов сохранено: %1, файл: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request log not saved</source>
        <translation>Журнал запросов не сохранён</translation>
    </message>
</context>
<context>
    <name>b24::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+69"/>
        <location line="+165"/>
        <source>Bitrix24 Offline Queue</source>
        <translation>Очередь офлайн-событий Битрикс24</translation>
    </message>
    <message>
        <location filename="../../ui/StatusIndicators.cpp" line="+49"/>
        <source>Waiting %1 s: %2</source>
        <translation>Ожидание %1 с: %2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowActions.cpp" line="+30"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose or create a connection profile and connect to the portal</source>
        <translation>Выбрать или создать профиль подключения и подключиться к порталу</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключиться</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Forget the current connection and the loaded rows</source>
        <translation>Забыть текущее подключение и загруженные строки</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Reload</source>
        <translation>П&amp;ерезагрузить</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Load the queue again with event.offline.list (read-only) (F5)</source>
        <translation>Загрузить очередь заново через event.offline.list (только чтение) (F5)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>S&amp;top loading</source>
        <translation>О&amp;становить загрузку</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stop the load; the rows loaded so far stay</source>
        <translation>Остановить загрузку; уже загруженные строки останутся</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Export &amp;selected records…</source>
        <translation>Экспортировать &amp;выбранные записи…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;all loaded records…</source>
        <translation>Экспортировать в&amp;се загруженные записи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quick filter</source>
        <translation>&amp;Быстрый фильтр</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Filter the loaded rows by ID, event, MESSAGE_ID, PROCESS_ID or payload (Ctrl+F)</source>
        <translation>Фильтровать загруженные строки по ID, событию, MESSAGE_ID, PROCESS_ID или данным (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Select &amp;all in group</source>
        <translation>Выделить &amp;все в группе</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select every row shown for the chosen group</source>
        <translation>Выделить все показанные строки выбранной группы</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&amp;Invert selection</source>
        <translation>&amp;Обратить выделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear selected by ID…</source>
        <translation>&amp;Удалить выбранные по ID…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear selected by &amp;MESSAGE_ID…</source>
        <translation>Удалить выбранные по &amp;MESSAGE_ID…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;entire group…</source>
        <translation>Очистить в&amp;сю группу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reserve unreserved rows…</source>
        <translation>&amp;Зарезервировать свободные строки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;error…</source>
        <translation>Отметить как &amp;ошибку…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-&amp;only mode</source>
        <translation>Режим «только &amp;чтение»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Disable every action that changes the queue</source>
        <translation>Отключить все действия, изменяющие очередь</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/QueueBrowser.cpp" line="+66"/>
        <source>The queue by process: choose a group to see its records</source>
        <translation>Очередь по процессам: выберите группу, чтобы увидеть её записи</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowActions.cpp" line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request &amp;log</source>
        <translation>&amp;Журнал запросов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every request with its response and explanation (Ctrl+L)</source>
        <translation>Показать все запросы с ответами и пояснениями (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server filter bar</source>
        <translation>Панель фильтра на &amp;сервере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Queue</source>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Clear selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear group</source>
        <translation>Очистить группу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve</source>
        <translation>Зарезервировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as error</source>
        <translation>Отметить как ошибку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="-153"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowActions.cpp" line="+69"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../ui/QuickFilterField.cpp" line="+19"/>
        <source>Quick filter (Ctrl+F)</source>
        <translation>Быстрый фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionController.cpp" line="+148"/>
        <location filename="../../ui/StatusIndicators.cpp" line="-29"/>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <location filename="../../ui/StatusIndicators.cpp" line="+3"/>
        <source>READ-ONLY</source>
        <translation>ТОЛЬКО ЧТЕНИЕ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clearing, reserving and marking as error are disabled</source>
        <translation>Очистка, резервирование и отметка ошибок отключены</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+137"/>
        <source>A clear is running</source>
        <translation>Выполняется очистка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stops after the request in flight; close the window again once the report is shown.</source>
        <translation>Она остановится после текущего запроса; закройте окно ещё раз, когда появится отчёт.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bitrix24 Offline Queue — Sandbox (demo)</source>
        <translation>Очередь офлайн-событий Битрикс24 — тестовый портал (демо)</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionController.cpp" line="-100"/>
        <source>Cannot use this portal address</source>
        <translation>Этот адрес портала использовать нельзя</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not connected: %1</source>
        <translation>Не подключено: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;i&gt;What to do:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Что делать:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code: &lt;tt&gt;%1&lt;/tt&gt; (HTTP %2)</source>
        <translation>Код: &lt;tt&gt;%1&lt;/tt&gt; (HTTP %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not connect to %1</source>
        <translation>Не удалось подключиться к %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection failed; see the message above and the request log (Ctrl+L).</source>
        <translation>Подключиться не удалось; см. сообщение выше и журнал запросов (Ctrl+L).</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Connected: %1</source>
        <translation>Подключено: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Sandbox (demo) %1</source>
        <translation>Тестовый портал (демо) %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · connector %1</source>
        <translation> · коннектор %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · secrets for this session only (no keychain)</source>
        <translation> · секреты только до конца сеанса (нет хранилища ключей)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+71"/>
        <source>The server filter cannot be sent</source>
        <translation>Фильтр на сервере нельзя отправить</translation>
    </message>
    <message>
        <location filename="../../ui/LoadController.cpp" line="+83"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the queue with event.offline.list…</source>
        <translation>Загрузка очереди через event.offline.list…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Loaded %1 records in %n request(s).</source>
        <translation>
            <numerusform>Загружено записей: %1 за %n запрос.</numerusform>
            <numerusform>Загружено записей: %1 за %n запроса.</numerusform>
            <numerusform>Загружено записей: %1 за %n запросов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading stopped: %1 records loaded; the view is incomplete.</source>
        <translation>Загрузка остановлена: загружено записей — %1; список неполный.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading stopped</source>
        <translation>Загрузка остановлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 records were loaded. Counts and groups cover only these; press F5 to load everything.</source>
        <translation>Загружено записей: %1 из %2. Количества и группы учитывают только их; нажмите F5, чтобы загрузить всё.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading failed after %1 records.</source>
        <translation>Загрузка прервалась с ошибкой после %1 записей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading stopped after %1 records (%2).</source>
        <translation>Загрузка остановлена после %1 записей (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/StatusIndicators.cpp" line="+47"/>
        <source>%1 records · %2 unreserved · %3 errors · %n batch(es)</source>
        <translation>
            <numerusform>Записей: %1 · свободных: %2 · ошибок: %3 · пакетов: %n</numerusform>
            <numerusform>Записей: %1 · свободных: %2 · ошибок: %3 · пакетов: %n</numerusform>
            <numerusform>Записей: %1 · свободных: %2 · ошибок: %3 · пакетов: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · &lt;b style=&apos;color:#a05000&apos;&gt;%n stuck&lt;/b&gt;</source>
        <translation>
            <numerusform> · &lt;b style=&apos;color:#a05000&apos;&gt;%n завис&lt;/b&gt;</numerusform>
            <numerusform> · &lt;b style=&apos;color:#a05000&apos;&gt;%n зависли&lt;/b&gt;</numerusform>
            <numerusform> · &lt;b style=&apos;color:#a05000&apos;&gt;%n зависли&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 shown</source>
        <translation> · показано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/RecordSelection.cpp" line="+87"/>
        <source>Nothing is selected: select the records to act on first.</source>
        <translation>Ничего не выбрано: сначала выберите записи для действия.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The selection spans several groups (for example unreserved rows and a batch). A clear addresses one group: choose it in the overview and select there.</source>
        <translation>Выделение охватывает несколько групп (например, свободные строки и пакет). Очистка работает с одной группой: выберите её в обзоре и выделяйте строки там.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected rows&apos; group is not in the overview; reload (F5).</source>
        <translation>Группы выбранных строк нет в обзоре; перезагрузите (F5).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowActions.cpp" line="+30"/>
        <source>Select the records to clear first (nothing is sent for an empty selection).</source>
        <translation>Сначала выберите записи для удаления (при пустом выделении ничего не отправляется).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only mode is on.</source>
        <translation>Включён режим «только чтение».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the running load or action to finish.</source>
        <translation>Дождитесь окончания текущей загрузки или действия.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete exactly the selected records (event.offline.clear with their IDs) (Delete)</source>
        <translation>Удалить ровно выбранные записи (event.offline.clear с их ID) (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete every row of the group that shares a MESSAGE_ID with the selection (Shift+Delete)</source>
        <translation>Удалить все строки группы, у которых MESSAGE_ID совпадает с выбранными (Shift+Delete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete every loaded record of the chosen group (asks you to type the count)</source>
        <translation>Удалить все загруженные записи выбранной группы (попросит ввести их количество)</translation>
    </message>
    <message>
        <location filename="../../ui/ClearFlow.cpp" line="+74"/>
        <location filename="../../ui/MainWindowActions.cpp" line="+2"/>
        <source>Choose a group (not &quot;All loaded records&quot;) in the overview first.</source>
        <translation>Сначала выберите группу в обзоре (не «Все загруженные записи»).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowActions.cpp" line="+3"/>
        <source>Give unreserved rows a process id (event.offline.get clear=0) so they can be cleared as a batch</source>
        <translation>Присвоить свободным строкам process_id (event.offline.get clear=0), чтобы их можно было удалить как пакет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal&apos;s plan lacks rest_offline_extended, which reserving needs.</source>
        <translation>В тарифе портала нет rest_offline_extended, а он нужен для резервирования.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the selected rows of this batch as failed (event.offline.error)</source>
        <translation>Отметить выбранные строки этого пакета как ошибочные (event.offline.error)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/QueueActionsFlow.cpp" line="+86"/>
        <source>Only rows of a reserved batch can be marked as error.</source>
        <translation>Отметить как ошибочные можно только строки зарезервированного пакета.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+139"/>
        <source>Read-only mode is on: nothing was sent.</source>
        <translation>Включён режим «только чтение»: ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not ready to clear: connect and wait for the load to finish.</source>
        <translation>Очистка пока невозможна: подключитесь и дождитесь окончания загрузки.</translation>
    </message>
    <message>
        <location filename="../../ui/ClearFlow.cpp" line="+34"/>
        <source>Nothing to clear</source>
        <translation>Удалять нечего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scope is empty.</source>
        <translation>Набор пуст.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location filename="../../ui/QueueActionsFlow.cpp" line="+2"/>
        <source>&lt;br/&gt;Nothing was sent to the portal.</source>
        <translation>&lt;br/&gt;На портал ничего не отправлено.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This clear cannot be sent</source>
        <translation>Эту очистку нельзя отправить</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+20"/>
        <source>Reserving is not available now: nothing was sent.</source>
        <translation>Резервирование сейчас недоступно: ничего не отправлено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/QueueActionsFlow.cpp" line="-21"/>
        <source>Reserved %n row(s)</source>
        <translation>
            <numerusform>Зарезервирована %n строка</numerusform>
            <numerusform>Зарезервированы %n строки</numerusform>
            <numerusform>Зарезервировано %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They now form batch &lt;tt&gt;%1&lt;/tt&gt;, shown after the reload.</source>
        <translation>Теперь они образуют пакет &lt;tt&gt;%1&lt;/tt&gt;; он появится после перезагрузки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unreserved row matched.</source>
        <translation>Подходящих свободных строк нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserving failed (%1).</source>
        <translation>Резервирование не удалось (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+9"/>
        <source>Marking as error is not available now: nothing was sent.</source>
        <translation>Отметка ошибок сейчас недоступна: ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../ui/QueueActionsFlow.cpp" line="+12"/>
        <source>Cannot mark as error</source>
        <translation>Нельзя отметить как ошибку</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Marked as error</source>
        <translation>Отмечено как ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rows are now in the Errors group (shown after the reload).</source>
        <translation>Теперь строки в группе «Ошибки» (появятся после перезагрузки).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking as error failed (%1).</source>
        <translation>Отметить как ошибки не удалось (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/RecordExportFlow.cpp" line="+23"/>
        <source>Nothing to export.</source>
        <translation>Экспортировать нечего.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export selected records</source>
        <translation>Экспорт выбранных записей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export loaded records</source>
        <translation>Экспорт загруженных записей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Экспортирована %n запись в %1</numerusform>
            <numerusform>Экспортированы %n записи в %1</numerusform>
            <numerusform>Экспортировано %n записей в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionController.cpp" line="-18"/>
        <source>No keychain available: the secrets are kept for this session only.</source>
        <translation>Хранилище ключей недоступно: секреты хранятся только до конца сеанса.</translation>
    </message>
</context>
<context>
    <name>b24::ui::MarkErrorDialog</name>
    <message>
        <location filename="../../ui/MarkErrorDialog.cpp" line="+19"/>
        <source>Mark as error</source>
        <translation>Отметить как ошибку</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;p&gt;This calls &lt;tt&gt;event.offline.error&lt;/tt&gt; for %n MESSAGE_ID(s) of batch &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The batch&apos;s rows with these MESSAGE_IDs get &lt;b&gt;ERROR=1&lt;/b&gt; and are released from the batch (PROCESS_ID becomes empty). Normal consumers no longer receive them; they stay until cleared.&lt;/li&gt;&lt;li&gt;Copies of the same MESSAGE_IDs that are &lt;b&gt;unreserved or in other batches are deleted&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Будет вызван &lt;tt&gt;event.offline.error&lt;/tt&gt; для %n MESSAGE_ID пакета &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Строки пакета с этими MESSAGE_ID получат &lt;b&gt;ERROR=1&lt;/b&gt; и будут освобождены из пакета (PROCESS_ID станет пустым). Обычные обработчики больше их не получат; они останутся, пока их не удалят.&lt;/li&gt;&lt;li&gt;Копии с теми же MESSAGE_ID, которые &lt;b&gt;свободны или находятся в других пакетах, будут удалены&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;Будет вызван &lt;tt&gt;event.offline.error&lt;/tt&gt; для %n MESSAGE_ID пакета &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Строки пакета с этими MESSAGE_ID получат &lt;b&gt;ERROR=1&lt;/b&gt; и будут освобождены из пакета (PROCESS_ID станет пустым). Обычные обработчики больше их не получат; они останутся, пока их не удалят.&lt;/li&gt;&lt;li&gt;Копии с теми же MESSAGE_ID, которые &lt;b&gt;свободны или находятся в других пакетах, будут удалены&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;Будет вызван &lt;tt&gt;event.offline.error&lt;/tt&gt; для %n MESSAGE_ID пакета &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Строки пакета с этими MESSAGE_ID получат &lt;b&gt;ERROR=1&lt;/b&gt; и будут освобождены из пакета (PROCESS_ID станет пустым). Обычные обработчики больше их не получат; они останутся, пока их не удалят.&lt;/li&gt;&lt;li&gt;Копии с теми же MESSAGE_ID, которые &lt;b&gt;свободны или находятся в других пакетах, будут удалены&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Portal:</source>
        <translation>Портал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected rows:</source>
        <translation>Выбрано строк:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MESSAGE_IDs:</source>
        <translation>MESSAGE_ID:</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Mark %n as error</source>
        <translation>
            <numerusform>Отметить %n как ошибку</numerusform>
            <numerusform>Отметить %n как ошибки</numerusform>
            <numerusform>Отметить %n как ошибки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::ui::MessageBanner</name>
    <message>
        <location filename="../../ui/MessageBanner.cpp" line="+22"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;i&gt;What to do:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Что делать:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Код: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed</source>
        <translation>Запрос не выполнен</translation>
    </message>
</context>
<context>
    <name>b24::ui::ProfileEditor</name>
    <message>
        <location filename="../../ui/ProfileEditor.cpp" line="+80"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Production portal</source>
        <translation>например, Рабочий портал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &amp;name:</source>
        <translation>&amp;Имя профиля:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yourcompany.bitrix24.com</source>
        <translation>yourcompany.bitrix24.ru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s address. A full URL or a …/rest/ address works too; an incoming webhook URL does not.</source>
        <translation>Адрес портала. Подойдёт и полный URL или адрес вида …/rest/; адрес входящего вебхука — нет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plain HTTP: the token travels unencrypted. Use it only on a trusted intranet.</source>
        <translation>Незащищённый HTTP: токен передаётся без шифрования. Используйте его только в доверенной внутренней сети.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Portal &amp;address:</source>
        <translation>&amp;Адрес портала:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain HTTP (on-premise intranet only)</source>
        <translation>Разрешить незащищённый HTTP (только для коробочного портала во внутренней сети)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain HTTP sends the token unencrypted. Use it only for a self-hosted portal on a network you trust.</source>
        <translation>По незащищённому HTTP токен передаётся без шифрования. Используйте его только для коробочного портала в сети, которой вы доверяете.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: never change the queue with this profile</source>
        <translation>Только чтение: никогда не изменять очередь с этим профилем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disables clear, reserve and mark-as-error; browsing and export still work.</source>
        <translation>Отключает очистку, резервирование и отметку ошибок; просмотр и экспорт работают.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Application authorization (OAuth)</source>
        <translation>Авторизация приложения (OAuth)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>access_token of a local or marketplace application</source>
        <translation>access_token локального или тиражного приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: renews the access token every hour</source>
        <translation>необязательно: продлевает токен доступа каждый час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh token:</source>
        <translation>Токен о&amp;бновления:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>application ID (client_id), needed for refresh</source>
        <translation>код приложения (client_id), нужен для продления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;ID:</source>
        <translation>&amp;Код приложения (client_id):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application key (client_secret), needed for refresh</source>
        <translation>ключ приложения (client_secret), нужен для продления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Ключ приложения (client_secret):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>optional: the key the handlers were bound with</source>
        <translation>необязательно: ключ, с которым привязаны обработчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each auth_connector has its own queue. Enter the key your application passed to event.bind; leave empty for the queue without a connector.</source>
        <translation>У каждого auth_connector своя очередь. Укажите ключ, который ваше приложение передало в event.bind; оставьте пустым для очереди без коннектора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth_&amp;connector:</source>
        <translation>auth_&amp;connector:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Or sign in:</source>
        <translation>Или войдите:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Token &amp;endpoint:</source>
        <translation>&amp;Сервер выдачи токенов:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard 2/50</source>
        <translation>Стандартный 2/50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise 5/250</source>
        <translation>«Энтерпрайз» 5/250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Свой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal answers 503 QUERY_LIMIT_EXCEEDED above its request rate. Enterprise plans allow 5 requests/s with a burst of 250, others 2/50.</source>
        <translation>При превышении частоты запросов портал отвечает 503 QUERY_LIMIT_EXCEEDED. Тарифы «Энтерпрайз» допускают 5 запросов/с со всплеском до 250, остальные — 2/50.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> requests/s</source>
        <translation> запросов/с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>burst </source>
        <translation>всплеск </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Лимит частоты:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long one request may take. Cloud portals stop a request after 60 s.</source>
        <translation>Сколько может длиться один запрос. Облачные порталы прерывают запрос через 60 с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Время ожидания:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: SHA-256 of a self-signed certificate</source>
        <translation>необязательно: SHA-256 самоподписанного сертификата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an on-premise portal with a self-signed certificate: the certificate&apos;s SHA-256 fingerprint (64 hex digits, colons allowed). Only that certificate is then accepted for this host.</source>
        <translation>Для коробочного портала с самоподписанным сертификатом: отпечаток сертификата SHA-256 (64 шестнадцатеричные цифры, двоеточия допускаются). Тогда для этого хоста будет приниматься только этот сертификат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinned &amp;certificate:</source>
        <translation>Закреплённый &amp;сертификат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave these as they are unless you know your portal needs otherwise.</source>
        <translation>Не меняйте эти значения, если не уверены, что вашему порталу нужно иное.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the portal&apos;s address first.</source>
        <translation>Сначала укажите адрес портала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the application&apos;s client ID and client secret first: the portal&apos;s answer is exchanged for tokens with them.</source>
        <translation>Сначала укажите код и ключ приложения: с их помощью ответ портала обменивается на токены.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Enter the OAuth server&apos;s token URL, normally https://oauth.bitrix.info/oauth/token/.</source>
        <translation>Укажите адрес выдачи токенов сервера OAuth, обычно https://oauth.bitrix.info/oauth/token/.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token endpoint must use https:// because the client secret is sent to it.</source>
        <translation>Адрес сервера выдачи токенов должен начинаться с https://, потому что на него отправляется ключ приложения.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A SHA-256 fingerprint has 64 hexadecimal digits (colons allowed). Copy it from the certificate details, or leave the field empty.</source>
        <translation>Отпечаток SHA-256 состоит из 64 шестнадцатеричных цифр (двоеточия допускаются). Скопируйте его из сведений о сертификате или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a name for this profile.</source>
        <translation>Введите имя профиля.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another profile is already called “%1”. Choose a different name.</source>
        <translation>Профиль «%1» уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the application&apos;s access token (or a refresh token with client ID and secret).</source>
        <translation>Введите токен доступа приложения (или токен обновления вместе с кодом и ключом приложения).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token field holds an address, perhaps an incoming webhook URL. Offline event methods accept only an application&apos;s OAuth access token (a webhook gets WRONG_AUTH_TYPE): paste the access_token value instead.</source>
        <translation>В поле токена доступа указан адрес — возможно, адрес входящего вебхука. Методы офлайн-событий принимают только OAuth-токен доступа приложения (вебхук получит WRONG_AUTH_TYPE): вставьте вместо него значение access_token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A refresh token alone is not enough: enter the client ID and client secret too, or an access token.</source>
        <translation>Одного токена обновления недостаточно: введите также код приложения (client_id) и ключ приложения (client_secret) либо токен доступа.</translation>
    </message>
</context>
<context>
    <name>b24::ui::QueueOverviewModel</name>
    <message>
        <location filename="../../ui/QueueOverviewModel.cpp" line="+59"/>
        <source>All loaded records</source>
        <translation>Все загруженные записи</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every row of the last load, whatever its group</source>
        <translation>Все строки последней загрузки независимо от группы</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>stuck</source>
        <translation>завис</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>в резерве</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rows no consumer has taken yet (empty PROCESS_ID). Clearing them sends process_id=&quot;&quot; with their IDs.</source>
        <translation>Строки, которые ещё не забрал ни один обработчик (пустой PROCESS_ID). При их очистке отправляется process_id=&quot;&quot; вместе с их ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows marked as failed (ERROR=1) and released from their batch. They never expire on their own.</source>
        <translation>Строки, отмеченные как ошибочные (ERROR=1) и освобождённые из своего пакета. Сами они никогда не удаляются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch %1 was reserved and its oldest row is %2 old, more than the stuck threshold of %3: its consumer probably never cleared it. The portal only deletes reserved rows after about 34 days.</source>
        <translation>Пакет %1 зарезервирован, и его самой старой строке %2 — больше порога зависания (%3): вероятно, обработчик так его и не очистил. Портал удаляет зарезервированные строки только примерно через 34 дня.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1: rows reserved by a consumer with event.offline.get clear=0</source>
        <translation>Пакет %1: строки, зарезервированные обработчиком через event.offline.get clear=0</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest</source>
        <translation>Самая старая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest</source>
        <translation>Самая новая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::ui::RecordsModel</name>
    <message>
        <location filename="../../ui/RecordsModel.cpp" line="+50"/>
        <source>TIMESTAMP_X as sent by the portal: %1</source>
        <translation>TIMESTAMP_X в том виде, в каком его прислал портал: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MESSAGE_ID %1</source>
        <translation>MESSAGE_ID %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserved by batch %1 (event.offline.get clear=0)</source>
        <translation>Зарезервирована пакетом %1 (event.offline.get clear=0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreserved: not handed to any consumer yet</source>
        <translation>Свободная: ещё не выдана ни одному обработчику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as failed with event.offline.error</source>
        <translation>Отмечена как ошибочная через event.offline.error</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(unreserved)</source>
        <translation>(свободная)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MESSAGE_ID</source>
        <translation>MESSAGE_ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROCESS_ID</source>
        <translation>PROCESS_ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row ID in the portal&apos;s offline queue</source>
        <translation>ID строки в очереди офлайн-событий портала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIMESTAMP_X in local time: when the event was queued or last merged</source>
        <translation>TIMESTAMP_X по местному времени: когда событие попало в очередь или было объединено в последний раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVENT_NAME, e.g. ONCRMDEALUPDATE</source>
        <translation>EVENT_NAME, например ONCRMDEALUPDATE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MESSAGE_ID: md5 of the event name and data; copies of one event share it</source>
        <translation>MESSAGE_ID: md5 от названия и данных события; у копий одного события он одинаковый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROCESS_ID of the batch that reserved the row; empty when unreserved</source>
        <translation>PROCESS_ID пакета, зарезервировавшего строку; пуст, если строка свободна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR=1: the consumer marked the row as failed</source>
        <translation>ERROR=1: обработчик отметил строку как ошибочную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVENT_DATA, compact; select a row to see it as a tree</source>
        <translation>EVENT_DATA в сжатом виде; выберите строку, чтобы увидеть его деревом</translation>
    </message>
</context>
<context>
    <name>b24::ui::RequestDetailView</name>
    <message>
        <location filename="../../ui/RequestDetailView.cpp" line="+59"/>
        <source>Select a request to see its parameters, the portal&apos;s answer, an explanation and the operating-time budget.</source>
        <translation>Выберите запрос, чтобы увидеть его параметры, ответ портала, пояснение и остаток лимита времени выполнения.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no response body)</source>
        <translation>(ответ без тела)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What to do next:</source>
        <translation>Что делать дальше:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>Код состояния HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no HTTP response</source>
        <translation>нет HTTP-ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>destructive (never retried automatically)</source>
        <translation>изменяющий данные (никогда не повторяется автоматически)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameters (secrets masked)</source>
        <translation>Параметры (секреты скрыты)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time block</source>
        <translation>Блок time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response has no time block (error responses never carry one).</source>
        <translation>В ответе нет блока time (в ответах с ошибкой его не бывает).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s spent in this method over the last 10 minutes</source>
        <translation>%1 с затрачено в этом методе за последние 10 минут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reported (the portal&apos;s limiter is off)</source>
        <translation>не сообщается (ограничитель портала выключен)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The portal blocks a method with 429 OPERATION_TIME_LIMIT when its operating time over 10 minutes reaches the plan&apos;s limit (420–480 s); the oldest minute of it expires at operating_reset_at.</source>
        <translation>Портал блокирует метод ответом 429 OPERATION_TIME_LIMIT, когда время его выполнения за 10 минут достигает лимита тарифа (420–480 с); самая старая минута этого времени истекает в момент operating_reset_at.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>already passed</source>
        <translation>уже прошло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in less than a minute</source>
        <translation>менее чем через минуту</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n min</source>
        <translation>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resets at %1 (%2)</source>
        <translation>сбросится в %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… (shortened for display; “Save as JSON lines” keeps the whole body)</source>
        <translation>… (сокращено для показа; «Сохранить как JSON Lines» сохраняет тело целиком)</translation>
    </message>
</context>
<context>
    <name>b24::ui::RequestLogModel</name>
    <message>
        <location filename="../../ui/RequestLogModel.cpp" line="+94"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>b24::ui::RequestOutcome</name>
    <message>
        <location filename="../../ui/RequestOutcome.cpp" line="+129"/>
        <location line="+17"/>
        <source>OK</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Retried / waiting</source>
        <translation>Повтор / ожидание</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+17"/>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>OK after %1 attempts</source>
        <translation>Успешно с попытки %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the client</source>
        <translation>Отклонён программой</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>b24::ui::ReserveDialog</name>
    <message>
        <location filename="../../ui/ReserveDialog.cpp" line="+24"/>
        <source>Reserve unreserved rows</source>
        <translation>Резервирование свободных строк</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Reserving calls &lt;tt&gt;event.offline.get&lt;/tt&gt; with &lt;tt&gt;clear=0&lt;/tt&gt;: the portal gives up to &lt;i&gt;limit&lt;/i&gt; unreserved rows (oldest first) a new &lt;tt&gt;process_id&lt;/tt&gt; and deletes nothing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your production consumer will no longer receive these rows&lt;/b&gt; until they are cleared, marked as error, or expire (about 34 days). Reserve only to clear or inspect specific rows, ideally while the consumer is stopped.&lt;/p&gt;&lt;p&gt;Needs the &lt;tt&gt;rest_offline_extended&lt;/tt&gt; feature.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Резервирование вызывает &lt;tt&gt;event.offline.get&lt;/tt&gt; с &lt;tt&gt;clear=0&lt;/tt&gt;: портал присваивает не более чем &lt;i&gt;limit&lt;/i&gt; свободным строкам (начиная с самых старых) новый &lt;tt&gt;process_id&lt;/tt&gt; и ничего не удаляет.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ваш рабочий обработчик больше не получит эти строки&lt;/b&gt;, пока их не удалят, не отметят как ошибочные или не истечёт их срок (около 34 дней). Резервируйте только для очистки или изучения конкретных строк, лучше всего при остановленном обработчике.&lt;/p&gt;&lt;p&gt;Требуется возможность &lt;tt&gt;rest_offline_extended&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At most this many rows are reserved</source>
        <translation>Резервируется не больше этого числа строк</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EVENT_NAME = %1</source>
        <translation>EVENT_NAME = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID ≥ %1</source>
        <translation>ID ≥ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID ≤ %1</source>
        <translation>ID ≤ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (any unreserved row, oldest first)</source>
        <translation>нет (любые свободные строки, начиная с самых старых)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portal:</source>
        <translation>Портал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit:</source>
        <translation>Лимит:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreserved rows loaded:</source>
        <translation>Загружено свободных строк:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reserve</source>
        <translation>Зарезервировать</translation>
    </message>
</context>
<context>
    <name>b24::ui::SecretField</name>
    <message>
        <location filename="../../ui/SecretField.cpp" line="+20"/>
        <location line="+34"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Show or hide the secret</source>
        <translation>Показать или скрыть секрет</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>b24::ui::ServerFilterBar</name>
    <message>
        <location filename="../../ui/ServerFilterBar.cpp" line="+38"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event name, e.g. ONCRMDEALUPDATE</source>
        <translation>Название события, например ONCRMDEALUPDATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact EVENT_NAME (sent as &quot;=EVENT_NAME&quot;, upper-cased)</source>
        <translation>Точное значение EVENT_NAME (отправляется как &quot;=EVENT_NAME&quot; в верхнем регистре)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID from</source>
        <translation>ID от</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest ID to load (&quot;&gt;=ID&quot;)</source>
        <translation>Наименьший загружаемый ID (&quot;&gt;=ID&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID to</source>
        <translation>ID до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest ID to load (&quot;&lt;=ID&quot;)</source>
        <translation>Наибольший загружаемый ID (&quot;&lt;=ID&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Earliest TIMESTAMP_X (&quot;&gt;=TIMESTAMP_X&quot;)</source>
        <translation>Самое раннее TIMESTAMP_X (&quot;&gt;=TIMESTAMP_X&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest TIMESTAMP_X (&quot;&lt;=TIMESTAMP_X&quot;)</source>
        <translation>Самое позднее TIMESTAMP_X (&quot;&lt;=TIMESTAMP_X&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only errors</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without errors</source>
        <translation>Без ошибок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERROR flag (&quot;=ERROR&quot;)</source>
        <translation>Флаг ERROR (&quot;=ERROR&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload from the portal with this filter</source>
        <translation>Перезагрузить с портала с этим фильтром</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the filter fields (reload with Apply)</source>
        <translation>Очистить поля фильтра (перезагрузка — кнопкой «Применить»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server filter:</source>
        <translation>Фильтр на сервере:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as event.offline.list filters; the next load fetches only matching rows</source>
        <translation>Передаётся как фильтр event.offline.list; следующая загрузка получит только подходящие строки</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>IDs are whole numbers above 0.</source>
        <translation>ID — целые числа больше 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;ID from&quot; is larger than &quot;ID to&quot;; swap them.</source>
        <translation>«ID от» больше, чем «ID до»; поменяйте их местами.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start time is after the end time; swap them.</source>
        <translation>Время начала позже времени окончания; поменяйте их местами.</translation>
    </message>
</context>
<context>
    <name>b24::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="+41"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag reserved batches as &amp;stuck after:</source>
        <translation>Считать зарезервированные пакеты &amp;зависшими через:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A batch reserved with event.offline.get that nobody cleared for this long is probably abandoned. The portal itself deletes reserved rows after about 30 days.</source>
        <translation>Пакет, зарезервированный через event.offline.get и не очищенный за это время, скорее всего, брошен. Сам портал удаляет зарезервированные строки примерно через 30 дней.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New connection profiles start &amp;read-only</source>
        <translation>Новые профили подключения создаются в режиме «только &amp;чтение»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick “&amp;export these records first” in every clear confirmation</source>
        <translation>Отмечать «&amp;сначала экспортировать эти записи» в каждом подтверждении очистки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit file:</source>
        <translation>Файл аудита:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every clear, reserve and mark-as-error call is recorded here (time, portal, method, ids, verified result; never a secret).</source>
        <translation>Сюда записывается каждый вызов очистки, резервирования и отметки ошибки (время, портал, метод, ID, проверенный результат; никаких секретов).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>Системный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect after you restart the application.</source>
        <translation>Новый язык вступит в силу после перезапуска приложения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>b24::ui::TokenHelpWidget</name>
    <message>
        <location filename="../../ui/TokenHelpWidget.cpp" line="+15"/>
        <source>How do I get a token?</source>
        <translation>Как получить токен?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;p&gt;&lt;b&gt;Offline event methods (event.offline.*) accept only an application&apos;s OAuth token, and only for a portal administrator.&lt;/b&gt; An incoming webhook gets &lt;code&gt;403 WRONG_AUTH_TYPE&lt;/code&gt;; a user who is not an administrator gets &lt;code&gt;403 ACCESS_DENIED&lt;/code&gt;.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In Bitrix24 open &lt;i&gt;Applications → Developer resources → Other → Local application&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Choose a &lt;i&gt;server-side&lt;/i&gt; application, give it the scopes your event handlers need (the offline methods themselves need no particular scope) and save. Note the &lt;i&gt;Application ID&lt;/i&gt; (client ID) and &lt;i&gt;Application key&lt;/i&gt; (client secret).&lt;/li&gt;&lt;li&gt;As an administrator, get the tokens through the OAuth flow: open &lt;code&gt;https://PORTAL/oauth/authorize/?client_id=…&lt;/code&gt;, then exchange the returned &lt;code&gt;code&lt;/code&gt; (valid for 30 seconds) at &lt;code&gt;https://oauth.bitrix.info/oauth/token/?grant_type=authorization_code&amp;amp;client_id=…&amp;amp;client_secret=…&amp;amp;code=…&lt;/code&gt;. The answer holds &lt;code&gt;access_token&lt;/code&gt; (valid one hour) and &lt;code&gt;refresh_token&lt;/code&gt; (valid 180 days).&lt;/li&gt;&lt;li&gt;Paste both here together with the client ID and secret: the tool then renews the access token by itself and keeps the rotated refresh token.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;If your application bound its handlers with an &lt;code&gt;auth_connector&lt;/code&gt;, enter the same key: every connector has its own queue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Методы офлайн-событий (event.offline.*) принимают только OAuth-токен приложения и только от администратора портала.&lt;/b&gt; Входящий вебхук получит &lt;code&gt;403 WRONG_AUTH_TYPE&lt;/code&gt;, пользователь без прав администратора — &lt;code&gt;403 ACCESS_DENIED&lt;/code&gt;.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;В Битрикс24 откройте &lt;i&gt;Приложения → Разработчикам → Другое → Локальное приложение&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Выберите &lt;i&gt;серверное&lt;/i&gt; приложение, выдайте ему права доступа, нужные вашим обработчикам событий (самим офлайн-методам особые права не нужны), и сохраните. Запишите &lt;i&gt;код приложения&lt;/i&gt; (client_id) и &lt;i&gt;ключ приложения&lt;/i&gt; (client_secret).&lt;/li&gt;&lt;li&gt;От имени администратора получите токены по схеме OAuth: откройте &lt;code&gt;https://PORTAL/oauth/authorize/?client_id=…&lt;/code&gt;, затем обменяйте полученный &lt;code&gt;code&lt;/code&gt; (действует 30 секунд) по адресу &lt;code&gt;https://oauth.bitrix.info/oauth/token/?grant_type=authorization_code&amp;amp;client_id=…&amp;amp;client_secret=…&amp;amp;code=…&lt;/code&gt;. В ответе будут &lt;code&gt;access_token&lt;/code&gt; (действует один час) и &lt;code&gt;refresh_token&lt;/code&gt; (действует 180 дней).&lt;/li&gt;&lt;li&gt;Вставьте оба токена сюда вместе с кодом и ключом приложения: программа сама будет продлевать токен доступа и сохранять новый токен обновления.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Если ваше приложение привязало обработчики с &lt;code&gt;auth_connector&lt;/code&gt;, укажите тот же ключ: у каждого коннектора своя очередь.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;Easier than steps 3 and 4:&lt;/b&gt; set the application&apos;s handler address in the portal to &lt;code&gt;http://127.0.0.1:52180/&lt;/code&gt; (or the port chosen next to the button), enter the client ID and secret here and press &lt;i&gt;Sign in with browser&lt;/i&gt;. Allow the application in the browser as an administrator and both tokens are filled in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Проще, чем шаги 3 и 4:&lt;/b&gt; укажите в портале адрес обработчика приложения &lt;code&gt;http://127.0.0.1:52180/&lt;/code&gt; (или порт, выбранный рядом с кнопкой), введите здесь код и ключ приложения и нажмите &lt;i&gt;Войти через браузер&lt;/i&gt;. Разрешите доступ приложению в браузере как администратор — оба токена будут заполнены.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/sandbox-portal/main.cpp" line="+22"/>
        <source>Run with --help for the options.</source>
        <translation>Запустите с --help, чтобы увидеть параметры.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the certificate to %1 (is TLS on?)</source>
        <translation>Не удаётся записать сертификат в %1 (включён ли TLS?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sandbox portal running.</source>
        <translation>Тестовый портал запущен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="+49"/>
        <source>Inspect and safely clear a Bitrix24 application&apos;s offline event queue.</source>
        <translation>Просмотр и безопасная очистка очереди офлайн-событий приложения Битрикс24.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Start a local sandbox portal with demo data and connect to it.</source>
        <translation>Запустить локальный тестовый портал с демонстрационными данными и подключиться к нему.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the first load, save the window to &lt;file&gt; and quit.</source>
        <translation>После первой загрузки сохранить снимок окна в &lt;file&gt; и выйти.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox portal did not start: %1</source>
        <translation>Тестовый портал не запустился: %1</translation>
    </message>
</context>
</TS>

## The language's own name, shown in the language picker.
language-name = Español

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Ir al contenido
nav-label = Navegación principal
nav-dashboard = Panel
nav-users = Usuarios
nav-audit = Registro de auditoría
nav-settings = Configuración
prefs-language = Idioma
prefs-theme = Tema
prefs-apply = Aplicar
theme-system = Tema del sistema
theme-light = Tema claro
theme-dark = Tema oscuro
error-title = Se ha producido un error
error-body = No se ha podido mostrar esta parte de la página. Vuelva a cargar la página para intentarlo de nuevo; si el problema persiste, consulte los detalles en el registro del servidor.

## Dashboard
dashboard-title = Panel
dashboard-empty-title = Aún no hay datos de la organización
dashboard-empty-body = Conecte su organización de Atlassian en Configuración. Tras la primera sincronización, este panel muestra sus usuarios, su actividad y el uso de licencias en Jira, Confluence y Jira Service Management.
dashboard-empty-action = Abrir Configuración
dashboard-first-sync-title = Leyendo su organización
dashboard-first-sync-body = La primera sincronización está leyendo los usuarios, los grupos y el acceso a productos desde Atlassian. Su progreso se muestra arriba; las cifras aparecerán aquí en cuanto termine.
dashboard-first-sync-working = Sincronizando…
dashboard-summary = Resumen
card-total = Usuarios totales
card-total-detail = { $org } usuarios de la organización y { $customers } clientes
card-active = Activos recientemente
card-active-detail = Usuarios de la organización que usaron un producto en los últimos { $days } días
card-inactive = Usuarios inactivos
card-customers = Clientes de JSM
threshold-warning = Sin actividad durante { $days } días o más
threshold-overdue = Sin actividad durante { $days } días o más
threshold-never = Sin ninguna actividad registrada
utilisation-title = Uso de licencias
utilisation-seats = { $used } de { $capacity } licencias ({ $percent })
utilisation-near = Casi completo: revise los usuarios inactivos antes de comprar más licencias.
utilisation-over = Todas las licencias están ocupadas: no se puede dar acceso a nuevos usuarios hasta que se liberen o se compren licencias.
products-title = Productos
products-product = Producto
products-users = Usuarios con acceso
products-seats = Licencias usadas
products-cost = Coste mensual de licencias inactivas
products-cost-hint = Introduzca un precio por licencia para ver cuánto cuestan al mes las licencias inactivas.
products-cost-set = Definir precios en Configuración
chart-title = Última actividad
chart-intro = Cuándo usaron por última vez algún producto los usuarios de la organización con la cuenta activa.
chart-days = { $from }–{ $to } días
chart-more-than = Más de { $days } días
chart-table-caption = Última actividad de los usuarios de la organización con la cuenta activa
chart-last-active = Última actividad
chart-users = Usuarios
sync-title = Sincronización
sync-last = Datos del { $time }: { $formatted } { $count ->
        [one] cuenta
       *[other] cuentas
    }.
sync-never = Todavía no se ha sincronizado nada.
sync-next = Próxima sincronización programada: { $time }
sync-incremental = Última comprobación de los cambios realizados en Atlassian el { $time }: { $formatted } { $count ->
        [one] usuario actualizado
       *[other] usuarios actualizados
    }.
sync-incremental-failed = Ha fallado la comprobación de los cambios realizados en Atlassian el { $time }: { $reason }
sync-failed = Ha fallado la sincronización iniciada el { $time }: { $reason }
sync-now = Sincronizar ahora
sync-cancel = Cancelar sincronización
sync-phase-starting = Iniciando
sync-phase-collecting = Leyendo datos de Atlassian
sync-phase-indexing = Creando la instantánea
sync-items = { $done } cuentas leídas
sync-items-of = { $done } de unas { $total } cuentas leídas
sync-waits = { $requests } solicitudes; { $seconds } s de espera por los límites de frecuencia de Atlassian
sync-families = Productos leídos
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Completo
sync-family-partial = Leído en parte
sync-family-not-on-site = No está en este sitio
sync-family-not-configured = No leído: no hay ninguna cuenta del sitio configurada
sync-family-stale = No leído esta vez; se muestran los datos del { $time } ({ $reason })
sync-family-unread = Aún no leído ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } proyecto
       *[other] { $formatted } proyectos
    }
sync-part-seats = Los recuentos de licencias de Jira
sync-part-group = { $count ->
        [one] Los miembros de { $formatted } grupo
       *[other] Los miembros de { $formatted } grupos
    }
sync-part-desk = { $count ->
        [one] Los clientes de { $formatted } mesa de servicio
       *[other] Los clientes de { $formatted } mesas de servicio
    }
sync-part-jsm-org = { $count ->
        [one] Los miembros de { $formatted } organización de JSM
       *[other] Los miembros de { $formatted } organizaciones de JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } espacio
       *[other] { $formatted } espacios
    }
sync-skipped-permission = { $what }: no se pudo completar la lectura. La cuenta del sitio necesita { $permission }.
sync-skipped-not-offered = { $what }: no se pudo completar la lectura. Este sitio no ofrece la API necesaria para ello.
sync-skipped-names = Entre otros: { $names }
permission-administer-projects = el permiso de proyecto «Administrar proyectos» (o «Administrar Jira»)
permission-administer-jira = el permiso global «Administrar Jira»
permission-browse-users = el permiso global «Examinar usuarios y grupos»
permission-desk-agent = un rol de agente o administrador de la mesa de servicio
permission-view-space = el permiso de espacio «Ver»
sync-history = Sincronizaciones recientes
sync-history-started = Inicio
sync-history-outcome = Resultado
sync-history-accounts = Cuentas
sync-history-requests = Solicitudes
sync-outcome-running = En curso
sync-outcome-complete = Completada
sync-outcome-failed = Fallida
sync-outcome-cancelled = Cancelada

## Users
users-title = Usuarios
users-empty-title = Aún no hay usuarios que mostrar
users-empty-body = Los usuarios de la organización, los miembros de proyectos de Jira y espacios de Confluence y los clientes de Jira Service Management aparecen aquí tras la primera sincronización.
users-loading = Cargando usuarios…
users-tabs = Qué usuarios
users-tab-org = Usuarios de la organización
users-tab-projects = Usuarios de proyectos
users-tab-customers = Clientes de JSM
users-tab-all = Todos
users-presets = Vistas rápidas
users-preset-inactive = Inactivos en todos los productos
users-preset-warning = Advertencia
users-preset-overdue = Vencidos
users-preset-never = Nunca activos
users-clear-filters = Borrar filtros
users-count = { $count ->
        [one] { $formatted } usuario
       *[other] { $formatted } usuarios
    }
users-as-of = a fecha de { $time }
users-thresholds = · advertencia tras { $warning } días, vencido tras { $overdue }
users-table-caption = Usuarios que coinciden con los filtros
users-no-matches = Ningún usuario coincide con estos filtros.
filter-search = Buscar
filter-search-placeholder = Nombre o correo electrónico
filter-type = Tipo de cuenta
filter-product = Producto
filter-group = Grupo
filter-project = Proyecto o espacio
filter-desk = Mesa de servicio u organización
filter-active-after = Última actividad desde el
filter-active-before = Última actividad antes del
filter-status = Estado
filter-inactivity = Inactividad
filter-any = Cualquiera
filter-apply = Aplicar filtros
column-name = Nombre
column-email = Correo electrónico
column-status = Estado
column-account-type = Tipo de cuenta
column-products = Productos
column-groups = Grupos
column-last-active = Última actividad
column-inactivity = Inactividad
column-added = Añadido a la organización
column-service-desks = Mesas de servicio
column-jsm-organizations = Organizaciones de JSM
column-details = Detalles
columns-choose = Columnas
status-active = Activo
status-suspended = Suspendido
status-deactivated = Desactivado
status-pending = Invitado
class-managed = Gestionada
class-external = Externa
class-customer = Cliente
class-app = Aplicación
inactivity-active = Activo recientemente
inactivity-warning = Advertencia
inactivity-overdue = Vencido
inactivity-never = Nunca activo
never-active = Nunca
email-hidden = Oculto por la configuración de privacidad del usuario
org-admin = Admin. de la organización
open-in-admin = Abrir en Atlassian Administration
list-more = { $list } +{ $more }
details = Detalles
details-for = Detalles de { $name }
details-close = Cerrar detalles
details-missing = Usuario no encontrado
details-account-id = ID de cuenta
details-org-admin = Administrador de la organización
details-scim = Aprovisionado por el proveedor de identidad
details-products = Productos y última actividad
details-product = Producto
details-projects = Proyectos de Jira
details-spaces = Espacios de Confluence
details-none = Ninguno
yes = Sí
no = No
select-page = Seleccionar todos los usuarios de esta página
select-user = Seleccionar a { $name }
selection-count = { $count ->
        [0] Ningún usuario seleccionado
        [one] { $formatted } usuario seleccionado
       *[other] { $formatted } usuarios seleccionados
    }
select-all-matching = Seleccionar los { $formatted } coincidentes
selection-clear = Borrar selección
pager-label = Páginas
pager-previous = Anterior
pager-next = Siguiente
pager-position = Página { $page } de { $pages }
pager-size = Filas por página:
export-matching = Exportar usuarios filtrados (CSV)
export-selected = Exportar usuarios seleccionados (CSV)
export-progress = Exportando { $done } de { $total } usuarios…
export-cancel = Cancelar exportación
export-cancelled = Se ha cancelado la exportación.
export-done = { $count ->
        [one] Se ha exportado { $formatted } usuario.
       *[other] Se han exportado { $formatted } usuarios.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Registro de auditoría
audit-empty-title = Aún no hay entradas de auditoría
audit-empty-body = Cada acción que realiza aquí un administrador queda registrada: quién la hizo, cuándo, sobre quién y qué respondió Atlassian.
audit-loading = Cargando el registro de auditoría…
audit-search-placeholder = Administrador, usuario, acción, detalles o ID de solicitud
audit-filter-from = Desde (día UTC)
audit-filter-to = Hasta (día UTC)
audit-filter-admin = Administrador
audit-filter-action = Acción
audit-filter-outcome = Resultado
audit-filter-user = Usuario afectado
audit-filter-user-placeholder = ID de cuenta, nombre o correo electrónico
audit-count = { $count ->
        [one] { $formatted } entrada
       *[other] { $formatted } entradas
    }
audit-no-matches = Ninguna entrada coincide con estos filtros.
audit-table-caption = Entradas del registro de auditoría, de la más reciente a la más antigua
audit-column-time = Hora (UTC)
audit-column-admin = Administrador
audit-column-action = Acción
audit-column-user = Usuario afectado
audit-column-outcome = Resultado
audit-column-status = Estado de Atlassian
audit-column-request = ID de solicitud
audit-column-details = Detalles
audit-column-entry = Entrada
audit-entry-open = Detalles de la entrada { $seq }
audit-entry-title = Entrada n.º { $seq }
audit-job = Tarea { $id }
audit-export = Exportar CSV
audit-export-progress = Exportando { $done } de { $total } entradas…
audit-export-done = { $count ->
        [one] Se ha exportado { $formatted } entrada.
       *[other] Se han exportado { $formatted } entradas.
    }
audit-chain-broken = Cadena rota en la entrada n.º { $seq }: { $reason }
audit-chain-broken-help = Es posible que las entradas a partir de esta se hayan modificado, eliminado o insertado fuera de User Account Manager. Conserve la base de datos tal como está y compárela con su última exportación o copia de seguridad.
audit-chain-unchecked = No se ha podido comprobar la cadena de hashes.
audit-checkpoints-missing = Faltan puntos de control firmados: el archivo de puntos de control ya no contiene el punto de control de la entrada #{ $seq } que escribió este servidor.
audit-checkpoints-missing-help = El archivo se eliminó, se sustituyó por una copia anterior o se recortó, por lo que las entradas hasta esta ya no se pueden comprobar con una firma. Restaure el archivo desde su copia (el registro del servidor también contiene todos los puntos de control) y conserve la base de datos tal como está.
audit-action-sign_in = Inicio de sesión
audit-action-sign_out = Cierre de sesión
audit-action-authn_denied = Acceso denegado
audit-action-session_ended = Sesión finalizada
audit-action-local_admin_created = Administrador local creado
audit-action-settings_changed = Configuración modificada
audit-action-secret_replaced = Credencial reemplazada
audit-action-data_exported = Datos exportados
audit-action-data_deleted = Datos eliminados
audit-action-audit_viewed = Registro de auditoría consultado
audit-action-audit_export = Registro de auditoría exportado
audit-action-users_exported = Usuarios exportados
audit-outcome-ok = Correcto
audit-outcome-denied = Denegado
audit-outcome-failed = Error
audit-outcome-intent = Intención
audit-outcome-skipped = Omitido
audit-outcome-blocked = Bloqueado
audit-action-data_erasure_scheduled = Eliminación de todos los datos programada
audit-action-data_erasure_cancelled = Eliminación programada cancelada
audit-action-audit_pruned = Entradas de auditoría antiguas eliminadas
audit-action-bulk_job_queued = Tarea masiva en cola
audit-action-bulk_job_cancel = Cancelación de tarea masiva solicitada
audit-action-bulk_job_refused = Tarea masiva rechazada
audit-action-bulk_job_ended = Tarea masiva terminada
audit-action-bulk_deactivate = Desactivación masiva
audit-action-bulk_reactivate = Reactivación masiva
audit-action-bulk_revoke_access = Revocación masiva de acceso a productos
audit-action-bulk_assign_access = Asignación masiva de acceso a productos
audit-action-bulk_remove_customer = Eliminación masiva de clientes de JSM
audit-action-bulk_undo_deactivate = Desactivación masiva (deshacer)
audit-action-bulk_undo_reactivate = Reactivación masiva (deshacer)
audit-action-bulk_undo_revoke_access = Revocación masiva de acceso a productos (deshacer)
audit-action-bulk_undo_assign_access = Asignación masiva de acceso a productos (deshacer)
audit-action-bulk_undo_remove_customer = Eliminación masiva de clientes de JSM (deshacer)
audit-outcome-refused = Rechazado
audit-outcome-unknown = Resultado desconocido
audit-outcome-not_sent = No enviado
audit-outcome-reread = Confirmado al volver a leer
audit-outcome-queued = En cola
audit-outcome-running = En ejecución
audit-outcome-cancelling = Cancelando
audit-outcome-cancelled = Cancelada
audit-outcome-finished = Finalizada
audit-csv-seq = Entrada
audit-csv-time = Hora (UTC)
audit-csv-actor = ID del administrador
audit-csv-actor-name = Nombre del administrador
audit-csv-auth-via = Sesión iniciada con
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Instalación del panel de Jira
audit-csv-action = Acción
audit-csv-target = Destino
audit-csv-target-name = Nombre del usuario afectado
audit-csv-target-email = Correo electrónico del usuario afectado
audit-csv-outcome = Resultado
audit-csv-atlassian-status = Estado de Atlassian
audit-csv-request-id = ID de solicitud
audit-csv-job-id = Tarea
audit-csv-details = Detalles
audit-csv-prev-hash = Hash anterior
audit-csv-hash = Hash
audit-filter-source = Origen
audit-source-both = Esta aplicación y Atlassian
audit-source-app = Esta aplicación
audit-source-atlassian = Atlassian
audit-atlassian-note = Notificado por Atlassian; no forma parte de la cadena de hashes de esta aplicación.
audit-event-open = Detalles del evento de Atlassian { $seq }
audit-event-title = Evento de Atlassian n.º { $seq }
audit-csv-source = Origen
audit-csv-event-id = ID del evento de Atlassian
audit-csv-ip = Dirección IP
audit-csv-product = Producto
audit-action-user_deactivated = Usuario desactivado
audit-action-user_reactivated = Usuario reactivado
audit-action-user_access_suspended = Acceso del usuario suspendido
audit-action-user_access_restored = Acceso del usuario restaurado
audit-action-user_added_to_group = Usuario añadido al grupo
audit-action-user_removed_from_group = Usuario eliminado del grupo
audit-action-group_granted_role = Rol de producto concedido al grupo
audit-action-group_revoked_role = Rol de producto retirado al grupo
audit-action-user_granted_role = Rol de producto concedido al usuario
audit-action-user_revoked_role = Rol de producto retirado al usuario
audit-action-added_org_admin = Administrador de la organización añadido
audit-action-removed_org_admin = Administrador de la organización eliminado
audit-action-service_desk_customer_added = Cliente del service desk añadido
audit-action-service_desk_customer_removed = Cliente del service desk eliminado
audit-action-project_role_actor_added = Añadido a un rol del proyecto
audit-action-project_role_actor_removed = Eliminado de un rol del proyecto

## Settings
settings-title = Configuración


settings-api-key-docs = Cómo crear una clave de API de administrador

## Not found
not-found-title = Página no encontrada
not-found-body = No hay ninguna página en esta dirección. Es posible que el enlace esté mal escrito o que la página se haya movido.
not-found-action = Ir al panel

## Demo mode
demo-badge = Organización de demostración
demo-banner = { $org } es una organización simulada, así que puede explorarla sin riesgo: nada de lo que hay aquí afecta a una cuenta real de Atlassian.
demo-connect = Conectar su organización

## Errors a request can end in
error-unauthorized = Su sesión ha finalizado. Vuelva a iniciar sesión para continuar.
error-forbidden = Solo los administradores de la organización pueden realizar esta acción.
error-not-found = Ya no existe. Es posible que se haya eliminado en Atlassian.
error-invalid-input = Algunos de los datos introducidos no son válidos. Revise los campos resaltados.
error-atlassian-unavailable = Atlassian no responde en este momento. Vuelva a intentarlo en unos minutos.
error-sync-running = Ya hay una sincronización en curso. Espere a que termine o cancélela primero.
error-no-snapshot = Todavía no se ha sincronizado nada. La primera sincronización se inicia automáticamente y puede tardar unos minutos.
error-transport = No se ha podido conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.
error-internal = Se ha producido un error en el servidor. Consulte los detalles en el registro del servidor.
error-payload-too-large = Esta solicitud es más grande de lo que acepta el servidor, así que no se ha hecho nada. Envíe menos a la vez, por ejemplo, menos entradas.
error-timeout = El servidor detuvo esta solicitud porque tardaba demasiado. Vuelva a intentarlo en un momento o pida menos a la vez.

## CSV export column headers
csv-name = Nombre
csv-email = Correo electrónico
csv-status = Estado
csv-account-type = Tipo de cuenta
csv-products = Productos
csv-product-last-active = Última actividad por producto
csv-last-active = Última actividad
csv-groups = Grupos
csv-inactivity = Inactividad
csv-service-desks = Mesas de servicio
csv-jsm-organizations = Organizaciones de JSM

## Signing in
login-title = Iniciar sesión
login-intro = Solo los administradores de la organización pueden usar User Account Manager.
login-atlassian = Iniciar sesión con Atlassian
login-demo-admins = En esta demostración, estas cuentas simuladas son administradores de la organización. Elija una de ellas en la página simulada de inicio de sesión de Atlassian; cualquier otra cuenta se rechaza.
login-local-title = Cuenta de administrador local
login-login = Usuario
login-password = Contraseña
login-totp = Código de autenticación
login-totp-hint = Solo si su cuenta usa una aplicación de autenticación.
login-submit = Iniciar sesión
login-setup-pending = Todavía no existe ninguna cuenta de administrador local. Al iniciarse, el servidor mostró un enlace de configuración de un solo uso que crea la primera; el comando uam admin create hace lo mismo.
login-signed-out = Ha cerrado la sesión.
login-refused-title = Inicio de sesión rechazado
login-back = Volver al inicio de sesión
login-error-invalid = El usuario, la contraseña o el código de autenticación no son correctos.
login-error-locked = Demasiados intentos fallidos. Espere 15 minutos y vuelva a intentarlo.
login-error-totp = Falta el código de autenticación o no es correcto.
login-error-not-admin = Esta cuenta de Atlassian no es administradora de esta organización o no figura en la lista de administradores autorizados a usar este servidor.
login-error-unavailable = No es posible iniciar sesión en este momento: Atlassian o la base de datos del servidor no han respondido. Vuelva a intentarlo en un minuto.
login-error-state = Este inicio de sesión ha caducado, ya se ha utilizado o se inició en otro navegador. Vuelva a empezar desde la página de inicio de sesión.
login-error-setup-link = Este enlace de configuración ha caducado o ya se ha utilizado. Reinicie el servidor para que muestre uno nuevo o cree un administrador con el comando uam admin create.
login-error-setup-input = Revise los campos: el usuario no debe contener espacios, el nombre es obligatorio, la contraseña debe tener al menos 12 caracteres y ambas contraseñas deben coincidir.
login-error-expired = Su sesión ha finalizado. Vuelva a iniciar sesión.

## First-run set-up
setup-title = Crear la primera cuenta de administrador
setup-intro = Esta cuenta inicia sesión con su propia contraseña. Consérvela como cuenta de emergencia: una vez configurada la conexión con Atlassian, los administradores de la organización inician sesión con Atlassian.
setup-login = Usuario (una dirección de correo electrónico o un nombre corto)
setup-name = Su nombre
setup-password = Contraseña (al menos 12 caracteres)
setup-password-again = Repetir contraseña
setup-totp-title = Aplicación de autenticación
setup-totp-optional = Recomendado: escanee este código con una aplicación de autenticación e introduzca el código que muestre. Deje el código vacío para omitir este paso.
setup-totp-required = Este servidor requiere una aplicación de autenticación: escanee este código con una de ellas e introduzca el código que muestre.
setup-totp-key = O introduzca esta clave manualmente:
setup-totp-qr = Código QR para la aplicación de autenticación
setup-totp-code = Código de la aplicación
setup-submit = Crear la cuenta e iniciar sesión

## The signed-in admin
account-via-local = Cuenta local
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = desde Jira
account-sign-out = Cerrar sesión

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Abriendo User Account Manager…
embed-expired = La sesión de este panel ha finalizado. Vuelva a abrir User Account Manager desde la administración de Jira para continuar.
embed-refused = Solo los administradores de esta organización pueden usar User Account Manager en Jira, y solo si el servidor autoriza su cuenta.
embed-unavailable = User Account Manager no puede confirmar su acceso en este momento: Atlassian o el servidor no han respondido. Vuelva a intentarlo en un minuto.

## Settings page
settings-saved = Guardado.
settings-save = Guardar
settings-set-by-env = Definido por el entorno; modifíquelo donde se configura el servidor.
settings-connection-title = Conexión con Atlassian
settings-connection-demo = Se muestra { $org }, la organización de demostración simulada. Conecte su propia organización a continuación.
settings-connection-env = Conectado a la organización { $org }, configurada mediante el entorno del servidor.
settings-connection-saved = Conectado a la organización { $org }.
settings-connection-pending = La conexión guardada se usará a partir del próximo inicio del servidor. Reinicie el servidor para conectarse a esta organización.
settings-admin-key = Clave de API de administrador
settings-key-placeholder = Pegue una clave nueva para reemplazar la almacenada
settings-key-write-only = Solo escritura: la clave se almacena cifrada y no se vuelve a mostrar.
settings-key-expiry = Fecha de caducidad de la clave
settings-key-expires = Caduca el { $date }.
settings-key-expires-soon = Caduca el { $date }, dentro de { $days } días. Cree una clave nueva en Atlassian y péguela aquí antes de esa fecha.
settings-key-expired = Caducó el { $date }. Las sincronizaciones y las acciones fallarán hasta que se guarde una clave nueva.
settings-secret-set = termina en …{ $hint }, definida por { $by } el { $at }
settings-secret-unset = no definida
settings-org = ID de la organización
settings-find-orgs = Buscar organizaciones
settings-site-title = Jira, Confluence y Jira Service Management
settings-site-body = Los roles de proyecto, los miembros de espacios, los clientes y las licencias de Jira se leen a través del sitio con el correo electrónico y el token de API de una cuenta.
settings-site-url = URL del sitio
settings-site-email = Correo electrónico de la cuenta
settings-site-token = Token de API
settings-site-token-again = Vuelva a introducir el token cada vez que cambie la URL del sitio o el correo electrónico.
settings-test-connection = Probar conexión
settings-check-admin-key = Clave de API de administrador
settings-check-org = Organización
settings-check-directory = Usuarios y grupos
settings-check-site = Sitio
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = rechazado: la clave o el token son incorrectos, han caducado o se han revocado
settings-check-outcome-forbidden = rechazado: la credencial no tiene el permiso (ámbito) necesario
settings-check-outcome-not-found = no encontrado: compruebe el ID de la organización o la URL del sitio
settings-check-outcome-unreachable = Atlassian no ha respondido; vuelva a intentarlo más tarde
settings-check-outcome-not-configured = sin configurar
settings-check-outcome-not-on-site = no está en este sitio (el sitio no tiene este producto)
settings-prices-title = Precios de licencias
settings-prices-body = Opcional. Introduzca cuánto cuesta al mes una licencia de cada producto y el panel mostrará cuánto cuestan las licencias de los usuarios inactivos. Deje un producto vacío para excluirlo.
settings-currency = Moneda (código ISO, como USD o EUR)
settings-thresholds-title = Umbrales de inactividad
settings-thresholds-body = Un usuario sin actividad durante más tiempo que el umbral de advertencia se marca como «advertencia»; si supera el umbral de vencimiento, como «vencido». El umbral de vencimiento debe ser mayor que el de advertencia.
settings-warning-days = Advertencia tras (días)
settings-overdue-days = Vencido tras (días)
settings-protected-title = Cuentas protegidas
settings-protected-body = Las acciones masivas nunca desactivan estas cuentas ni les retiran el acceso. Introduzca direcciones de correo electrónico, dominios completos como *@example.com o ID de cuenta de Atlassian. Los administradores de la organización y usted siempre están protegidos.
settings-protected-add = Añada direcciones, dominios o ID de cuenta (puede pegar varios, separados por comas, espacios o saltos de línea)
settings-protected-add-button = Añadir
settings-protected-search = Buscar cuentas protegidas
settings-protected-count = { $count ->
    [one] Una entrada protegida
   *[other] { $count } entradas protegidas
}
settings-protected-remove = Quitar
settings-schedule-title = Programación de sincronización y conservación de auditoría
settings-sync-interval = Horas entre sincronizaciones
settings-sync-interval-hint = 0 desactiva las sincronizaciones programadas; «Sincronizar ahora» sigue funcionando.
settings-retention = Conservar entradas de auditoría durante (días)
settings-retention-hint = Mínimo 180 días (lo mismo que el registro de auditoría de Atlassian) y máximo 3650; 0 las conserva indefinidamente.
error-invalid-entries = Estas entradas no son direcciones de correo electrónico ni entradas *@dominio, por lo que no se ha guardado nada:
settings-data-title = Sus datos
settings-data-export-body = Descargue en un único archivo todo lo que almacena User Account Manager: la configuración (sin secretos), las cuentas de administrador locales (sin contraseñas), el historial de sincronizaciones, el registro de auditoría y la instantánea actual de sus usuarios. La exportación queda registrada en el registro de auditoría.
settings-data-export = Exportar todo
settings-data-delete-body = Elimine todo lo que almacena User Account Manager: la configuración, la clave y el token almacenados, las cuentas de administrador locales, las sesiones, las instantáneas y el registro de auditoría. En Atlassian no cambia nada. Esta acción no se puede deshacer; exporte antes los datos si pudiera necesitarlos.
settings-data-delete-confirm = Escriba DELETE para confirmar
settings-data-delete = Eliminar todo
settings-data-not-confirmed = No se ha eliminado nada: escriba exactamente DELETE para confirmar.
settings-data-sync-running = No se ha eliminado nada: hay una sincronización en curso. Cancélela o espere a que termine y vuelva a intentarlo.
settings-data-export-failed = Ha fallado la exportación. Consulte los detalles en el registro del servidor.
settings-data-delete-failed = Ha fallado la eliminación; no se ha eliminado nada. Consulte los detalles en el registro del servidor.
error-reauth-failed = La contraseña o el código de autenticación no son correctos. No se ha programado nada.
error-reauth-stale = Confirme primero que es usted: vuelva a iniciar sesión con Atlassian y elimine en un plazo de 5 minutos.
error-panel-refused = Esto no es posible desde el panel de Jira. Abra User Account Manager en su propia pestaña del navegador.
error-erasure-pending = La eliminación de todos los datos ya está programada. Cancélela primero o espere a que se ejecute.
settings-data-delete-delay = No se elimina nada de inmediato: la eliminación se ejecuta { $hours } horas después de que la confirme. Hasta entonces, todos los administradores la ven en el panel y pueden cancelarla. Se conserva un registro firmado del registro de auditoría borrado.
settings-data-reauth-atlassian = Inició sesión con Atlassian hace más de 5 minutos. Para confirmar que es usted, vuelva a iniciar sesión y elimine en un plazo de 5 minutos.
settings-data-reauth-fresh = Inició sesión con Atlassian hace menos de 5 minutos, lo que confirma que es usted.
settings-data-scheduled = La eliminación de todos los datos está programada. Hasta que se ejecute, cualquier administrador puede cancelarla aquí o en el panel.
erasure-title = Se van a eliminar todos los datos
erasure-body = { $name } programó el { $scheduled } la eliminación de todo lo que guarda User Account Manager, incluido el registro de auditoría. Se ejecutará el { $due } salvo que un administrador la cancele.
erasure-cancel = Cancelar la eliminación
erasure-cancelled = Se ha cancelado la eliminación. No se ha eliminado nada.
erasure-cancel-failed = No se ha podido cancelar la eliminación. Consulte los detalles en el registro del servidor.
login-deleted = Se ha eliminado todo. El servidor ha mostrado un nuevo enlace de configuración para volver a crear la primera cuenta de administrador.
error-invalid-org_id = Falta el ID de la organización o no es válido: es el ID que aparece en admin.atlassian.com/o/<ID>/…, formado por letras, dígitos y guiones.
error-invalid-admin_api_key = Pegue una clave de API de administrador: todavía no hay ninguna almacenada para esta organización.
error-invalid-site = El sitio necesita a la vez su URL, el correo electrónico de una cuenta y el token de API de esa cuenta.
error-invalid-site_url = La URL del sitio no es válida: debe tener el formato https://your-site.atlassian.net.
error-invalid-site_host = Solo se aceptan sitios https://your-site.atlassian.net: el token de API no se envía a ningún otro host. Otro host debe autorizarlo antes el operador del servidor (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Una nueva URL del sitio o un nuevo correo electrónico de la cuenta requiere otra vez el token de API: pegue el token de esa cuenta para este sitio.
error-invalid-site_email = El correo electrónico de la cuenta no es una dirección válida.
error-invalid-thresholds = Ambos umbrales deben ser números enteros de días, y el de vencimiento debe ser mayor que el de advertencia.
error-invalid-schedule = Introduzca números enteros: horas entre sincronizaciones y días de conservación del registro de auditoría.
error-invalid-sync_interval_hours = Las horas entre sincronizaciones deben ser 0 (desactivado) o un valor entre 1 y 168.
error-invalid-audit_retention_days = Conserve las entradas de auditoría 0 días (indefinidamente) o entre 180 y 3650 días.
error-invalid-seat_prices = Introduzca un código de moneda de tres letras y precios entre 0 y 100000, con dígitos y punto decimal.
login-atlassian-off = El inicio de sesión con Atlassian no está configurado en este servidor. Su operador puede configurarlo con una aplicación OAuth (UAM_OAUTH_CLIENT_ID y UAM_OAUTH_CLIENT_SECRET); mientras tanto, inicie sesión con una cuenta de administrador local.

## Bulk actions
bulk-title = Acción masiva
bulk-undo-title = Deshacer esta tarea
bulk-actions = Acciones…
bulk-actions-user = Acciones para este usuario…
bulk-choose = Qué hacer
bulk-action-deactivate = Desactivar
bulk-action-reactivate = Reactivar
bulk-action-revoke_access = Revocar acceso a productos
bulk-action-assign_access = Conceder acceso a productos
bulk-action-remove_customer = Quitar clientes de JSM
bulk-every-desk = todas las mesas de servicio
bulk-products = Productos
bulk-desks = Mesas de servicio
bulk-desks-hint = No elija ninguna para quitar a los clientes de todas las mesas de servicio en las que estén.
bulk-check = Comprobar a quién afecta
bulk-cancel = Cancelar
bulk-checking = Comprobando cada usuario con Atlassian…
bulk-starting = Iniciando la tarea…
bulk-count-changing = { $count ->
        [one] Se modificará { $formatted } usuario
       *[other] Se modificarán { $formatted } usuarios
    }
bulk-count-already = { $count ->
        [one] { $formatted } usuario ya está en ese estado
       *[other] { $formatted } usuarios ya están en ese estado
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } usuario no se puede modificar
       *[other] { $formatted } usuarios no se pueden modificar
    }
bulk-how = Cómo se hará
bulk-method-disable_account = { $count ->
        [one] { $formatted } cuenta desactivada (gestionada por la organización: API de ciclo de vida de gestión de usuarios)
       *[other] { $formatted } cuentas desactivadas (gestionadas por la organización: API de ciclo de vida de gestión de usuarios)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } cuenta reactivada (gestionada por la organización: API de ciclo de vida de gestión de usuarios)
       *[other] { $formatted } cuentas reactivadas (gestionadas por la organización: API de ciclo de vida de gestión de usuarios)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } usuario pierde el acceso a la organización (suspendido: la organización no gestiona la cuenta)
       *[other] { $formatted } usuarios pierden el acceso a la organización (suspendidos: la organización no gestiona sus cuentas)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } usuario recupera el acceso a la organización (restaurado: la organización no gestiona la cuenta)
       *[other] { $formatted } usuarios recuperan el acceso a la organización (restaurados: la organización no gestiona sus cuentas)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } usuario quitado de los grupos que dan acceso a los productos
       *[other] { $formatted } usuarios quitados de los grupos que dan acceso a los productos
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } usuario añadido a un grupo que da acceso a los productos
       *[other] { $formatted } usuarios añadidos a un grupo que da acceso a los productos
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } usuario pierde un rol de producto asignado directamente
       *[other] { $formatted } usuarios pierden un rol de producto asignado directamente
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } usuario recibe directamente el rol de producto
       *[other] { $formatted } usuarios reciben directamente el rol de producto
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } cliente quitado de las mesas de servicio
       *[other] { $formatted } clientes quitados de las mesas de servicio
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } cliente añadido de nuevo a las mesas de servicio
       *[other] { $formatted } clientes añadidos de nuevo a las mesas de servicio
    }
bulk-nothing = No hay nada que cambiar: todos los usuarios seleccionados ya están en ese estado o no se pueden modificar.
bulk-skipped = Sin cambios
bulk-skipped-more = … y { $count } más.
bulk-reason = Motivo
bulk-type-to-confirm = Escriba { $count } para confirmar
bulk-presets = Acciones de limpieza
bulk-preset-overdue = Desactivar a todos los vencidos
bulk-preset-revoke = Revocar { $product } a los usuarios inactivos en él durante { $days } días
bulk-skip-already_done = Ya está en ese estado
bulk-skip-protected = Protegido en Configuración
bulk-skip-org_admin = Administrador de la organización: una acción masiva nunca lo modifica
bulk-skip-acting_admin = Su propia cuenta: sus propias acciones masivas nunca la modifican
bulk-skip-identity_provider = Aprovisionado por el proveedor de identidad (SCIM), que gestiona el acceso de esta cuenta
bulk-skip-lookup_failed = No se pudo consultar a Atlassian el estado actual de este usuario, así que no se ha arriesgado nada
bulk-skip-not_found = Atlassian ya no reconoce esta cuenta
bulk-skip-not_applicable = Esta acción no se aplica a este tipo de cuenta
bulk-skip-no_way = El acceso procede de un origen que este producto no puede cambiar
bulk-skip-direct_role_unavailable = Asignado directamente, y esta organización no ofrece la API de Atlassian para roles de producto directos (disponibilidad limitada), así que no se arriesgó nada
bulk-step-disable_account = Cuenta desactivada
bulk-step-enable_account = Cuenta reactivada
bulk-step-suspend = Acceso a la organización suspendido
bulk-step-restore = Acceso a la organización restaurado
bulk-step-leave_group = Quitado del grupo { $object }
bulk-step-join_group = Añadido al grupo { $object }
bulk-step-revoke_role = Rol { $object } revocado
bulk-step-assign_role = Rol { $object } asignado
bulk-step-remove_customer = Quitado como cliente de { $object }
bulk-step-add_customer = Añadido como cliente de { $object }

## Jobs
nav-jobs = Tareas
jobs-title = Tareas
jobs-intro = Las acciones masivas se ejecutan como tareas en el servidor: continúan aunque cierre la pestaña, todos los administradores las ven y se ejecutan de una en una mientras las demás esperan su turno.
jobs-loading = Cargando tareas…
jobs-empty-title = Aún no hay tareas
jobs-empty-body = Las acciones masivas iniciadas desde la página Usuarios o desde el panel aparecen aquí, con su progreso y el resultado de cada usuario.
jobs-caption = Tareas de acciones masivas, de la más reciente a la más antigua
job-title = Tarea
job-back = Todas las tareas
job-loading = Cargando la tarea…
job-action = Acción
job-state = Estado
job-progress = Progreso
job-started-by = Iniciada por
job-created = Creada
job-started = Iniciada
job-finished = Finalizada
job-counts = { $done } completados, { $skipped } omitidos, { $failed } con error de { $total }
job-count-done = { $formatted } completados
job-count-skipped = { $formatted } omitidos
job-count-failed = { $formatted } con error
job-count-unknown = { $formatted } interrumpidos, resultado desconocido
job-count-cancelled = { $formatted } sin procesar (cancelada)
job-count-pending = { $formatted } en espera
job-waiting = Esperando al límite de frecuencia de Atlassian hasta las { $time }
job-queue-position = { $count ->
        [0] En cola: es la siguiente
        [one] En cola: { $count } tarea por delante
       *[other] En cola: { $count } tareas por delante
    }
job-undo-of = Esta tarea deshace otra anterior.
job-open-original = Abrir la tarea original
job-undone-by = Esta tarea se ha deshecho.
job-open-undo = Abrir la tarea que la deshace
job-undone-by-short = deshecha
job-error = Detenida antes de tiempo:
job-stopped-panic = un error interno detuvo esta tarea. Los usuarios a los que aún no había llegado quedaron sin cambios.
job-stopped-not-admin = el administrador que la inició ya no es un administrador de la organización autorizado a usar este servidor, por lo que se rechazó.
job-stopped-admin-unconfirmed = Atlassian no pudo confirmar que el administrador que la inició siga siendo administrador de la organización, por lo que se rechazó.
job-cancel = Cancelar la tarea
job-undo = Deshacer esta tarea
job-results = Resultados por usuario
job-filter = Mostrar
job-filter-all = Todos
job-item-state = Resultado
job-steps = Pasos
job-outcome = Motivo y respuesta de Atlassian
job-no-items = No hay usuarios en este estado.
job-atlassian-status = Atlassian respondió { $status }
job-request-id = ID de solicitud
job-state-queued = En cola
job-state-running = En ejecución
job-state-cancelling = Cancelando
job-state-cancelled = Cancelada
job-state-finished = Finalizada
job-state-failed = Error
job-item-pending = En espera
job-item-running = En curso
job-item-done = Completado
job-item-skipped = Omitido
job-item-failed = Error
job-item-unknown = Resultado desconocido
job-item-cancelled = Cancelado

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Mostrar mis consultas del registro
audit-views-hidden = Sus propias consultas del registro, ocultas: { $formatted }.
audit-views-show = Mostrarlas
audit-chain-verified-through = Cadena verificada hasta la entrada #{ $last }, último punto de control firmado #{ $seq } el { $time }.
audit-chain-verified-through-unsigned = Cadena verificada hasta la entrada #{ $last }, aún sin punto de control firmado.
audit-job-titled = { $title } · tarea { $id }
audit-csv-details-json = Detalles (JSON)
audit-say-via-local = Inició sesión con una cuenta local.
audit-say-via-atlassian = Inició sesión con Atlassian.
audit-say-via-forge = Inició sesión desde el panel de Jira.
audit-say-refused = Rechazado: { $reason }
audit-say-attempts = Intentos fallidos: { $count }, desde el { $since }.
audit-say-from = Desde la dirección { $address }.
audit-say-session-ended = El administrador ya no es administrador de la organización, por lo que se cerró la sesión.
audit-say-totp-on = Inicia sesión con contraseña y código de autenticador.
audit-say-totp-off = Inicia sesión solo con contraseña.
audit-say-setting = { $setting } cambió de { $before } a { $after }.
audit-say-secret = { $setting } reemplazado: el anterior terminaba en { $before }, el nuevo termina en { $after }.
audit-say-secret-first = { $setting } establecido: termina en { $after }.
audit-say-nothing = nada
audit-say-yes = Sí
audit-say-no = No
audit-say-data-exported = Se exportó todo: usuarios: { $users }, tamaño: { $size } KB.
audit-say-data-deleted = Se eliminó todo lo almacenado; el registro empieza de nuevo aquí.
audit-say-erasure-times = Programada el { $scheduled }, prevista para el { $due }.
audit-say-erasure-due = Todo se eliminará el { $due } salvo que un administrador lo cancele.
audit-say-erasure-cancelled = Se canceló la eliminación que { $by } había programado para el { $due }.
audit-say-viewed = Consultó el registro.
audit-say-filter = Filtros: { $filter }.
audit-say-audit-export = Entradas exportadas: { $count }.
audit-say-pruned = Entradas eliminadas según la retención: { $count }, todas anteriores al { $cutoff }; la última fue #{ $seq }.
audit-say-users-exported = Usuarios exportados desde una vista de la tabla de usuarios: { $count }.
audit-say-users-selected = Usuarios seleccionados exportados: { $count }.
audit-say-job-queued = Usuarios en el plan: { $users }; por cambiar: { $changing }; sin cambios: { $skipped }.
audit-say-job-cancel = Se pidió detener la tarea; los usuarios en curso terminan primero.
audit-say-job-ended = La tarea terminó ({ $state }): { $counts }.
audit-say-step-intent = A punto de pedir a Atlassian: { $step }.
audit-say-step-failed = Falló (intento { $attempt }): { $step }. Respuesta de Atlassian: { $error }
audit-say-reread-yes = Al volver a leer el usuario se comprobó que el cambio se hizo.
audit-say-reread-no = Al volver a leer el usuario se comprobó que el cambio no se hizo.
audit-say-interrupted = Interrumpido por un reinicio del servidor y resuelto después volviendo a leer el usuario.
audit-say-skip-preflight = Sin cambios en la comprobación previa: { $reason }.
audit-say-error = Se produjo un error: { $error }
audit-say-exercise = Escrito para comprobar el vocabulario de auditoría; ningún administrador realizó esta acción.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian no respondió a tiempo. Vuelva a intentarlo en un momento.
error-invalid-admin_api_key_refused = Atlassian rechazó esta clave: es incorrecta, ha caducado o se ha revocado, o no puede leer organizaciones. Revísela en admin.atlassian.com.
settings-no-answer = Atlassian no respondió en { $seconds } segundos. Vuelva a intentarlo en un momento; si sigue ocurriendo, puede que Atlassian tenga problemas.
settings-finding-orgs = Buscando organizaciones…
settings-orgs-found = Organizaciones que ve esta clave: { $count }. Elija una en el campo ID de la organización.
settings-orgs-none = Esta clave no ve ninguna organización. Compruebe que sea una clave de la API de administración de la organización y no un token de API personal.
settings-checking = Comprobando la conexión con Atlassian…
settings-check-col-check = Comprobación
settings-check-col-result = Resultado
settings-check-col-detail = Qué significa
settings-check-result-ok = Funciona
settings-check-result-unused = Sin uso
settings-check-result-failed = Requiere atención
settings-check-ok-detail = Atlassian aceptó las credenciales y respondió.
settings-check-status = Respuesta de Atlassian, para soporte: HTTP { $status }
settings-check-summary = Comprobaciones que funcionan: { $working } de { $total }.
settings-check-outcome-timeout = sin respuesta en { $seconds } segundos: puede que Atlassian esté lento o caído; vuelva a intentarlo en unos minutos
settings-check-outcome-rate-limited = Atlassian está limitando las solicitudes ahora (demasiadas en poco tiempo); vuelva a intentarlo en un minuto
settings-check-outcome-server-error = Atlassian tuvo un problema por su parte y no pudo responder; vuelva a intentarlo más tarde
settings-check-outcome-rejected = Atlassian rechazó la solicitud tal como se envió; el registro del servidor tiene los detalles
settings-nav-label = Secciones de la configuración
settings-danger-title = Zona de peligro
settings-danger-unlock = El botón se activa al escribir DELETE.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Desactivar a { $users }
job-title-reactivate = Reactivar a { $users }
job-title-revoke_access = Revocar { $subjects } a { $users }
job-title-assign_access = Dar { $subjects } a { $users }
job-title-remove_customer = Quitar a { $users } de { $subjects }
job-title-add_customer = Volver a añadir a { $users } a { $subjects }
job-undo-of-job = deshace la tarea { $job }
bulk-plan-disable_account = Desactivar (cuenta gestionada)
bulk-plan-enable_account = Reactivar (cuenta gestionada)
bulk-plan-suspend = Suspender el acceso a la organización
bulk-plan-restore = Restablecer el acceso a la organización
bulk-plan-leave_group = Quitar del grupo { $object }
bulk-plan-join_group = Añadir al grupo { $object }
bulk-plan-revoke_role = Revocar el acceso a { $object }
bulk-plan-assign_role = Dar acceso a { $object }
bulk-plan-remove_customer = Quitar de { $object }
bulk-plan-add_customer = Volver a añadir a { $object }
bulk-changing = Usuarios que cambiarán
bulk-change = Cambio
bulk-search = Buscar por nombre o correo electrónico
bulk-search-none = Ningún usuario coincide con esta búsqueda.
job-outcome-confirmed = Hecho: Atlassian confirmó el cambio
job-outcome-refused = Atlassian rechazó el cambio
job-outcome-unavailable = Atlassian no aceptó el cambio por ahora (ocupado o no disponible)
bulk-their-desks = los service desks en los que estaban

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtros
filters-active = Filtros aplicados
filter-chip = { $name }: { $value }
filter-remove = Quitar filtro: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Sin acceso
card-no-access = No pueden iniciar sesión (suspendidos o desactivados): { $formatted }
column-places = Proyectos y espacios
csv-places = Proyectos y espacios (roles)
places-more = +{ $more } más
export-style = Celdas del CSV
export-style-readable = Etiquetas legibles
export-style-codes = Códigos para scripts

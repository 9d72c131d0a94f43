## The language's own name, shown in the language picker.
language-name = Italiano

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Vai al contenuto
nav-label = Navigazione principale
nav-dashboard = Dashboard
nav-users = Utenti
nav-audit = Registro di audit
nav-settings = Impostazioni
prefs-language = Lingua
prefs-theme = Tema
prefs-apply = Applica
theme-system = Tema di sistema
theme-light = Tema chiaro
theme-dark = Tema scuro
error-title = Si è verificato un problema
error-body = Non è stato possibile visualizzare questa parte della pagina. Ricaricare la pagina per riprovare; se il problema persiste, i dettagli sono disponibili nel log del server.

## Dashboard
dashboard-title = Dashboard
dashboard-empty-title = Nessun dato dell'organizzazione
dashboard-empty-body = Collegare l'organizzazione Atlassian in Impostazioni. Dopo la prima sincronizzazione, questa dashboard mostra gli utenti, la loro attività e l'uso delle licenze in Jira, Confluence e Jira Service Management.
dashboard-empty-action = Apri Impostazioni
dashboard-first-sync-title = Lettura dell'organizzazione
dashboard-first-sync-body = La prima sincronizzazione sta leggendo utenti, gruppi e accessi ai prodotti da Atlassian. L'avanzamento è mostrato qui sopra; i numeri appariranno qui non appena sarà completata.
dashboard-first-sync-working = Sincronizzazione in corso…
dashboard-summary = Riepilogo
card-total = Utenti totali
card-total-detail = { $org } utenti dell'organizzazione e { $customers } clienti
card-active = Attivi di recente
card-active-detail = Utenti dell'organizzazione che hanno usato un prodotto negli ultimi { $days } giorni
card-inactive = Utenti inattivi
card-customers = Clienti JSM
threshold-warning = Nessuna attività da { $days } giorni o più
threshold-overdue = Nessuna attività da { $days } giorni o più
threshold-never = Nessuna attività registrata
utilisation-title = Utilizzo delle licenze
utilisation-seats = { $used } licenze su { $capacity } ({ $percent })
utilisation-near = Quasi esaurite: verificare gli utenti inattivi prima di acquistare altre licenze.
utilisation-over = Tutte le licenze sono occupate: non è possibile dare accesso a nuovi utenti finché non vengono liberate o acquistate altre licenze.
products-title = Prodotti
products-product = Prodotto
products-users = Utenti con accesso
products-seats = Licenze utilizzate
products-cost = Costo mensile delle licenze inattive
products-cost-hint = Inserire un prezzo per licenza per vedere quanto costano ogni mese le licenze inattive.
products-cost-set = Imposta i prezzi in Impostazioni
chart-title = Ultima attività
chart-intro = Quando gli utenti dell'organizzazione con account attivo hanno usato per l'ultima volta un prodotto qualsiasi.
chart-days = { $from }–{ $to } giorni
chart-more-than = Oltre { $days } giorni
chart-table-caption = Ultima attività degli utenti dell'organizzazione con account attivo
chart-last-active = Ultima attività
chart-users = Utenti
sync-title = Sincronizzazione
sync-last = Dati del { $time }: { $formatted } { $count ->
        [one] account
       *[other] account
    }.
sync-never = Non è stata ancora eseguita alcuna sincronizzazione.
sync-next = Prossima sincronizzazione pianificata: { $time }
sync-incremental = Ultima verifica delle modifiche apportate in Atlassian il { $time }: { $formatted } { $count ->
        [one] utente aggiornato
       *[other] utenti aggiornati
    }.
sync-incremental-failed = La verifica delle modifiche apportate in Atlassian del { $time } non è riuscita: { $reason }
sync-failed = La sincronizzazione avviata il { $time } non è riuscita: { $reason }
sync-now = Sincronizza ora
sync-cancel = Annulla sincronizzazione
sync-phase-starting = Avvio
sync-phase-collecting = Lettura da Atlassian
sync-phase-indexing = Creazione dello snapshot
sync-items = { $done } account letti
sync-items-of = { $done } account letti su circa { $total }
sync-waits = { $requests } richieste; { $seconds } s di attesa per i limiti di frequenza di Atlassian
sync-families = Prodotti letti
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Completo
sync-family-partial = Letto in parte
sync-family-not-on-site = Non presente in questo sito
sync-family-not-configured = Non letto: nessun account del sito configurato
sync-family-stale = Non letto questa volta; vengono mostrati i dati del { $time } ({ $reason })
sync-family-unread = Non ancora letto ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } progetto
       *[other] { $formatted } progetti
    }
sync-part-seats = I conteggi delle licenze Jira
sync-part-group = { $count ->
        [one] I membri di { $formatted } gruppo
       *[other] I membri di { $formatted } gruppi
    }
sync-part-desk = { $count ->
        [one] I clienti di { $formatted } service desk
       *[other] I clienti di { $formatted } service desk
    }
sync-part-jsm-org = { $count ->
        [one] I membri di { $formatted } organizzazione JSM
       *[other] I membri di { $formatted } organizzazioni JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } spazio
       *[other] { $formatted } spazi
    }
sync-skipped-permission = { $what }: lettura non riuscita. L'account del sito richiede { $permission }.
sync-skipped-not-offered = { $what }: lettura non riuscita. Questo sito non offre l'API necessaria.
sync-skipped-names = Tra cui: { $names }
permission-administer-projects = l'autorizzazione di progetto "Amministra progetti" (o "Amministra Jira")
permission-administer-jira = l'autorizzazione globale "Amministra Jira"
permission-browse-users = l'autorizzazione globale "Sfoglia utenti e gruppi"
permission-desk-agent = un ruolo di agente o amministratore del service desk
permission-view-space = l'autorizzazione dello spazio "Visualizza"
sync-history = Sincronizzazioni recenti
sync-history-started = Avvio
sync-history-outcome = Esito
sync-history-accounts = Account
sync-history-requests = Richieste
sync-outcome-running = In corso
sync-outcome-complete = Completata
sync-outcome-failed = Non riuscita
sync-outcome-cancelled = Annullata

## Users
users-title = Utenti
users-empty-title = Nessun utente da mostrare
users-empty-body = Gli utenti dell'organizzazione, i membri dei progetti Jira e degli spazi Confluence e i clienti di Jira Service Management vengono visualizzati qui dopo la prima sincronizzazione.
users-loading = Caricamento degli utenti…
users-tabs = Utenti da mostrare
users-tab-org = Utenti dell'organizzazione
users-tab-projects = Utenti dei progetti
users-tab-customers = Clienti JSM
users-tab-all = Tutti
users-presets = Viste rapide
users-preset-inactive = Inattivi in tutti i prodotti
users-preset-warning = Avviso
users-preset-overdue = In ritardo
users-preset-never = Mai attivi
users-clear-filters = Cancella filtri
users-count = { $count ->
        [one] { $formatted } utente
       *[other] { $formatted } utenti
    }
users-as-of = al { $time }
users-thresholds = · avviso dopo { $warning } giorni, in ritardo dopo { $overdue }
users-table-caption = Utenti corrispondenti ai filtri
users-no-matches = Nessun utente corrisponde a questi filtri.
filter-search = Cerca
filter-search-placeholder = Nome o email
filter-type = Tipo di account
filter-product = Prodotto
filter-group = Gruppo
filter-project = Progetto o spazio
filter-desk = Service desk o organizzazione
filter-active-after = Ultima attività dal
filter-active-before = Ultima attività prima del
filter-status = Stato
filter-inactivity = Inattività
filter-any = Qualsiasi
filter-apply = Applica filtri
column-name = Nome
column-email = Email
column-status = Stato
column-account-type = Tipo di account
column-products = Prodotti
column-groups = Gruppi
column-last-active = Ultima attività
column-inactivity = Inattività
column-added = Aggiunto all'organizzazione
column-service-desks = Service desk
column-jsm-organizations = Organizzazioni JSM
column-details = Dettagli
columns-choose = Colonne
status-active = Attivo
status-suspended = Sospeso
status-deactivated = Disattivato
status-pending = Invitato
class-managed = Gestito
class-external = Esterno
class-customer = Cliente
class-app = App
inactivity-active = Attivo di recente
inactivity-warning = Avviso
inactivity-overdue = In ritardo
inactivity-never = Mai attivo
never-active = Mai
email-hidden = Nascosta dalle impostazioni di privacy dell'utente
org-admin = Admin organizzazione
open-in-admin = Apri in Atlassian Administration
list-more = { $list } +{ $more }
details = Dettagli
details-for = Dettagli di { $name }
details-close = Chiudi dettagli
details-missing = Utente non trovato
details-account-id = ID account
details-org-admin = Amministratore dell'organizzazione
details-scim = Sottoposto a provisioning dal provider di identità
details-products = Prodotti e ultima attività
details-product = Prodotto
details-projects = Progetti Jira
details-spaces = Spazi Confluence
details-none = Nessuno
yes = Sì
no = No
select-page = Seleziona tutti gli utenti di questa pagina
select-user = Seleziona { $name }
selection-count = { $count ->
        [0] Nessun utente selezionato
        [one] { $formatted } utente selezionato
       *[other] { $formatted } utenti selezionati
    }
select-all-matching = Seleziona tutti i { $formatted } corrispondenti
selection-clear = Cancella selezione
pager-label = Pagine
pager-previous = Precedente
pager-next = Successiva
pager-position = Pagina { $page } di { $pages }
pager-size = Righe per pagina:
export-matching = Esporta utenti filtrati (CSV)
export-selected = Esporta utenti selezionati (CSV)
export-progress = Esportazione di { $done } utenti su { $total }…
export-cancel = Annulla esportazione
export-cancelled = L'esportazione è stata annullata.
export-done = { $count ->
        [one] { $formatted } utente esportato.
       *[other] { $formatted } utenti esportati.
    }

## Formats
format-percent = { $value }%
format-money = { $amount } { $currency }

## Audit log
audit-title = Registro di audit
audit-empty-title = Nessuna voce di audit
audit-empty-body = Ogni azione eseguita qui da un amministratore viene registrata in questo registro: chi l'ha eseguita, quando, su quale utente e cosa ha risposto Atlassian.
audit-loading = Caricamento del registro di audit…
audit-search-placeholder = Amministratore, utente, azione, dettagli o ID richiesta
audit-filter-from = Dal (giorno UTC)
audit-filter-to = Al (giorno UTC)
audit-filter-admin = Amministratore
audit-filter-action = Azione
audit-filter-outcome = Esito
audit-filter-user = Utente interessato
audit-filter-user-placeholder = ID account, nome o email
audit-count = { $count ->
        [one] { $formatted } voce
       *[other] { $formatted } voci
    }
audit-no-matches = Nessuna voce corrisponde a questi filtri.
audit-table-caption = Voci del registro di audit, dalla più recente
audit-column-time = Ora (UTC)
audit-column-admin = Amministratore
audit-column-action = Azione
audit-column-user = Utente interessato
audit-column-outcome = Esito
audit-column-status = Stato Atlassian
audit-column-request = ID richiesta
audit-column-details = Dettagli
audit-column-entry = Voce
audit-entry-open = Dettagli della voce { $seq }
audit-entry-title = Voce n. { $seq }
audit-job = Processo { $id }
audit-export = Esporta CSV
audit-export-progress = Esportazione di { $done } voci su { $total }…
audit-export-done = { $count ->
        [one] { $formatted } voce esportata.
       *[other] { $formatted } voci esportate.
    }
audit-chain-broken = Catena interrotta alla voce n. { $seq }: { $reason }
audit-chain-broken-help = Le voci a partire da questa potrebbero essere state modificate, rimosse o inserite al di fuori di User Account Manager. Lasciare il database così com'è e confrontarlo con l'ultima esportazione o l'ultimo backup.
audit-chain-unchecked = Impossibile verificare la catena di hash.
audit-checkpoints-missing = Checkpoint firmati mancanti: il file dei checkpoint non contiene più il checkpoint della voce #{ $seq } scritto da questo server.
audit-checkpoints-missing-help = Il file è stato eliminato, sostituito da una copia precedente o troncato, quindi le voci fino a questa non possono più essere verificate con una firma. Ripristinare il file dalla propria copia (anche il log del server contiene ogni checkpoint) e lasciare il database così com'è.
audit-action-sign_in = Accesso
audit-action-sign_out = Disconnessione
audit-action-authn_denied = Accesso rifiutato
audit-action-session_ended = Sessione terminata
audit-action-local_admin_created = Amministratore locale creato
audit-action-settings_changed = Impostazione modificata
audit-action-secret_replaced = Credenziale sostituita
audit-action-data_exported = Dati esportati
audit-action-data_deleted = Dati eliminati
audit-action-audit_viewed = Registro di audit consultato
audit-action-audit_export = Registro di audit esportato
audit-action-users_exported = Utenti esportati
audit-outcome-ok = Riuscito
audit-outcome-denied = Negato
audit-outcome-failed = Non riuscito
audit-outcome-intent = Intento
audit-outcome-skipped = Ignorato
audit-outcome-blocked = Bloccato
audit-action-data_erasure_scheduled = Eliminazione di tutti i dati pianificata
audit-action-data_erasure_cancelled = Eliminazione pianificata annullata
audit-action-audit_pruned = Voci di audit vecchie rimosse
audit-action-bulk_job_queued = Processo di massa in coda
audit-action-bulk_job_cancel = Interruzione del processo di massa richiesta
audit-action-bulk_job_refused = Processo di massa rifiutato
audit-action-bulk_job_ended = Processo di massa terminato
audit-action-bulk_deactivate = Disattivazione di massa
audit-action-bulk_reactivate = Riattivazione di massa
audit-action-bulk_revoke_access = Revoca di massa dell'accesso ai prodotti
audit-action-bulk_assign_access = Assegnazione di massa dell'accesso ai prodotti
audit-action-bulk_remove_customer = Rimozione di massa di clienti JSM
audit-action-bulk_undo_deactivate = Disattivazione di massa (annullamento)
audit-action-bulk_undo_reactivate = Riattivazione di massa (annullamento)
audit-action-bulk_undo_revoke_access = Revoca di massa dell'accesso ai prodotti (annullamento)
audit-action-bulk_undo_assign_access = Assegnazione di massa dell'accesso ai prodotti (annullamento)
audit-action-bulk_undo_remove_customer = Rimozione di massa di clienti JSM (annullamento)
audit-outcome-refused = Respinto
audit-outcome-unknown = Esito sconosciuto
audit-outcome-not_sent = Non inviato
audit-outcome-reread = Confermato rileggendo
audit-outcome-queued = In coda
audit-outcome-running = In esecuzione
audit-outcome-cancelling = Interruzione in corso
audit-outcome-cancelled = Interrotto
audit-outcome-finished = Completato
audit-csv-seq = Voce
audit-csv-time = Ora (UTC)
audit-csv-actor = ID amministratore
audit-csv-actor-name = Nome amministratore
audit-csv-auth-via = Accesso eseguito con
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Installazione pannello Jira
audit-csv-action = Azione
audit-csv-target = Destinazione
audit-csv-target-name = Nome utente interessato
audit-csv-target-email = Email utente interessato
audit-csv-outcome = Esito
audit-csv-atlassian-status = Stato Atlassian
audit-csv-request-id = ID richiesta
audit-csv-job-id = Processo
audit-csv-details = Dettagli
audit-csv-prev-hash = Hash precedente
audit-csv-hash = Hash
audit-filter-source = Origine
audit-source-both = Questa app e Atlassian
audit-source-app = Questa app
audit-source-atlassian = Atlassian
audit-atlassian-note = Segnalato da Atlassian; non fa parte della catena di hash di questa app.
audit-event-open = Dettagli dell'evento Atlassian { $seq }
audit-event-title = Evento Atlassian n. { $seq }
audit-csv-source = Origine
audit-csv-event-id = ID evento Atlassian
audit-csv-ip = Indirizzo IP
audit-csv-product = Prodotto
audit-action-user_deactivated = Utente disattivato
audit-action-user_reactivated = Utente riattivato
audit-action-user_access_suspended = Accesso dell'utente sospeso
audit-action-user_access_restored = Accesso dell'utente ripristinato
audit-action-user_added_to_group = Utente aggiunto al gruppo
audit-action-user_removed_from_group = Utente rimosso dal gruppo
audit-action-group_granted_role = Ruolo di prodotto concesso al gruppo
audit-action-group_revoked_role = Ruolo di prodotto revocato al gruppo
audit-action-user_granted_role = Ruolo di prodotto concesso all'utente
audit-action-user_revoked_role = Ruolo di prodotto revocato all'utente
audit-action-added_org_admin = Amministratore dell'organizzazione aggiunto
audit-action-removed_org_admin = Amministratore dell'organizzazione rimosso
audit-action-service_desk_customer_added = Cliente del service desk aggiunto
audit-action-service_desk_customer_removed = Cliente del service desk rimosso
audit-action-project_role_actor_added = Aggiunto a un ruolo di progetto
audit-action-project_role_actor_removed = Rimosso da un ruolo di progetto

## Settings
settings-title = Impostazioni


settings-api-key-docs = Come creare una chiave API Admin

## Not found
not-found-title = Pagina non trovata
not-found-body = Non esiste alcuna pagina a questo indirizzo. Il link potrebbe contenere un errore di digitazione oppure la pagina potrebbe essere stata spostata.
not-found-action = Vai alla dashboard

## Demo mode
demo-badge = Organizzazione demo
demo-banner = { $org } è un'organizzazione simulata, quindi è possibile esplorarla in sicurezza: nulla qui interviene su un vero account Atlassian.
demo-connect = Collega l'organizzazione

## Errors a request can end in
error-unauthorized = La sessione è terminata. Accedere di nuovo per continuare.
error-forbidden = Solo gli amministratori dell'organizzazione possono eseguire questa operazione.
error-not-found = L'elemento non esiste più. Potrebbe essere stato rimosso in Atlassian.
error-invalid-input = Alcuni dati inseriti non sono validi. Controllare i campi evidenziati.
error-atlassian-unavailable = Atlassian non risponde al momento. Riprovare tra qualche minuto.
error-sync-running = È già in corso una sincronizzazione. Attendere che termini oppure annullarla.
error-no-snapshot = Non è stata ancora eseguita alcuna sincronizzazione. La prima si avvia automaticamente e può richiedere qualche minuto.
error-transport = Impossibile raggiungere il server. Verificare la connessione e riprovare.
error-internal = Si è verificato un errore sul server. I dettagli sono disponibili nel log del server.
error-payload-too-large = Questa richiesta supera le dimensioni accettate dal server, quindi non è stato eseguito nulla. Inviare meno dati alla volta, ad esempio meno voci.
error-timeout = Il server ha interrotto questa richiesta perché richiedeva troppo tempo. Riprovare tra poco oppure richiedere meno dati alla volta.

## CSV export column headers
csv-name = Nome
csv-email = Email
csv-status = Stato
csv-account-type = Tipo di account
csv-products = Prodotti
csv-product-last-active = Ultima attività per prodotto
csv-last-active = Ultima attività
csv-groups = Gruppi
csv-inactivity = Inattività
csv-service-desks = Service desk
csv-jsm-organizations = Organizzazioni JSM

## Signing in
login-title = Accedi
login-intro = Solo gli amministratori dell'organizzazione possono utilizzare User Account Manager.
login-atlassian = Accedi con Atlassian
login-demo-admins = In questa demo, questi account simulati sono amministratori dell'organizzazione. Sceglierne uno nella pagina di accesso Atlassian simulata; qualsiasi altro account viene rifiutato.
login-local-title = Account amministratore locale
login-login = Nome utente
login-password = Password
login-totp = Codice di autenticazione
login-totp-hint = Solo se l'account utilizza un'app di autenticazione.
login-submit = Accedi
login-setup-pending = Non esiste ancora alcun account amministratore locale. All'avvio, il server ha mostrato un link di configurazione monouso che crea il primo; il comando uam admin create ha lo stesso effetto.
login-signed-out = Disconnessione effettuata.
login-refused-title = Accesso rifiutato
login-back = Torna all'accesso
login-error-invalid = Nome utente, password o codice di autenticazione non corretti.
login-error-locked = Troppi tentativi non riusciti. Attendere 15 minuti, quindi riprovare.
login-error-totp = Il codice di autenticazione è mancante o non corretto.
login-error-not-admin = Questo account Atlassian non è amministratore di questa organizzazione oppure non è nell'elenco degli amministratori autorizzati a utilizzare questo server.
login-error-unavailable = Al momento non è possibile accedere: Atlassian o il database del server non ha risposto. Riprovare tra un minuto.
login-error-state = Questo accesso è scaduto, è già stato utilizzato o è stato avviato in un altro browser. Ricominciare dalla pagina di accesso.
login-error-setup-link = Questo link di configurazione è scaduto o è già stato utilizzato. Riavviare il server per ottenerne uno nuovo oppure creare un amministratore con il comando uam admin create.
login-error-setup-input = Controllare i campi: il nome utente non deve contenere spazi, il nome è obbligatorio, la password deve avere almeno 12 caratteri e le due password devono coincidere.
login-error-expired = La sessione è terminata. Accedere di nuovo.

## First-run set-up
setup-title = Crea il primo account amministratore
setup-intro = Questo account accede con una propria password. Conservarlo come account di emergenza: una volta configurata la connessione ad Atlassian, gli amministratori dell'organizzazione accedono con Atlassian.
setup-login = Nome utente (un indirizzo email o un nome breve)
setup-name = Nome
setup-password = Password (almeno 12 caratteri)
setup-password-again = Conferma password
setup-totp-title = App di autenticazione
setup-totp-optional = Consigliato: scansionare questo codice con un'app di autenticazione e inserire il codice visualizzato. Lasciare il campo vuoto per saltare questo passaggio.
setup-totp-required = Questo server richiede un'app di autenticazione: scansionare questo codice con l'app e inserire il codice visualizzato.
setup-totp-key = Oppure inserire manualmente questa chiave:
setup-totp-qr = Codice QR per l'app di autenticazione
setup-totp-code = Codice dell'app
setup-submit = Crea l'account e accedi

## The signed-in admin
account-via-local = Account locale
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = tramite Jira
account-sign-out = Esci

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Apertura di User Account Manager…
embed-expired = La sessione di questo pannello è terminata. Riaprire User Account Manager dall'amministrazione di Jira per continuare.
embed-refused = Solo gli amministratori di questa organizzazione possono utilizzare User Account Manager in Jira, e solo se il server autorizza il loro account.
embed-unavailable = Al momento User Account Manager non può verificare l'accesso: Atlassian o il server non ha risposto. Riprovare tra un minuto.

## Settings page
settings-saved = Salvato.
settings-save = Salva
settings-set-by-env = Impostato dall'ambiente; modificarlo nella configurazione del server.
settings-connection-title = Connessione ad Atlassian
settings-connection-demo = Viene mostrata { $org }, l'organizzazione demo simulata. Collegare la propria organizzazione qui sotto.
settings-connection-env = Connesso all'organizzazione { $org }, configurata dall'ambiente del server.
settings-connection-saved = Connesso all'organizzazione { $org }.
settings-connection-pending = La connessione salvata verrà utilizzata dal prossimo avvio del server. Riavviare il server per connettersi a questa organizzazione.
settings-admin-key = Chiave API Admin
settings-key-placeholder = Incollare una nuova chiave per sostituire quella memorizzata
settings-key-write-only = Sola scrittura: la chiave viene memorizzata crittografata e non viene più mostrata.
settings-key-expiry = Data di scadenza della chiave
settings-key-expires = Scade il { $date }.
settings-key-expires-soon = Scade il { $date }, tra { $days } giorni. Creare una nuova chiave in Atlassian e incollarla qui prima di tale data.
settings-key-expired = Scaduta il { $date }. Sincronizzazioni e azioni non riusciranno finché non verrà salvata una nuova chiave.
settings-secret-set = termina con …{ $hint }, impostata da { $by } il { $at }
settings-secret-unset = non impostata
settings-org = ID organizzazione
settings-find-orgs = Trova organizzazioni
settings-site-title = Jira, Confluence e Jira Service Management
settings-site-body = Ruoli di progetto, membri degli spazi, clienti e licenze Jira vengono letti tramite il sito con l'email e il token API di un account.
settings-site-url = URL del sito
settings-site-email = Email dell'account
settings-site-token = Token API
settings-site-token-again = Inserire di nuovo il token ogni volta che si cambia l'URL del sito o l'email.
settings-test-connection = Verifica connessione
settings-check-admin-key = Chiave API Admin
settings-check-org = Organizzazione
settings-check-directory = Utenti e gruppi
settings-check-site = Sito
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = rifiutato: la chiave o il token è errato, scaduto o revocato
settings-check-outcome-forbidden = rifiutato: la credenziale non dispone dell'autorizzazione (ambito) necessaria
settings-check-outcome-not-found = non trovato: verificare l'ID organizzazione o l'URL del sito
settings-check-outcome-unreachable = Atlassian non ha risposto; riprovare più tardi
settings-check-outcome-not-configured = non configurato
settings-check-outcome-not-on-site = non presente su questo sito (il sito non dispone di questo prodotto)
settings-prices-title = Prezzi delle licenze
settings-prices-body = Facoltativo. Inserire il costo mensile di una licenza di ciascun prodotto: la dashboard mostrerà quanto costano le licenze degli utenti inattivi. Lasciare vuoto un prodotto per escluderlo.
settings-currency = Valuta (codice ISO, ad esempio USD o EUR)
settings-thresholds-title = Soglie di inattività
settings-thresholds-body = Un utente senza attività da più tempo della soglia di avviso viene contrassegnato come "avviso"; oltre la soglia di ritardo, come "in ritardo". La soglia di ritardo deve essere superiore a quella di avviso.
settings-warning-days = Avviso dopo (giorni)
settings-overdue-days = In ritardo dopo (giorni)
settings-protected-title = Account protetti
settings-protected-body = Le azioni di massa non disattivano mai questi account e non ne rimuovono mai l'accesso. Inserire indirizzi email, interi domini nella forma *@example.com o ID account Atlassian. Gli amministratori dell'organizzazione e l'utente corrente sono sempre protetti.
settings-protected-add = Aggiungere indirizzi, domini o ID account (se ne possono incollare diversi, separati da virgole, spazi o a capo)
settings-protected-add-button = Aggiungi
settings-protected-search = Cerca negli account protetti
settings-protected-count = { $count ->
    [one] Una voce protetta
   *[other] { $count } voci protette
}
settings-protected-remove = Rimuovi
settings-schedule-title = Pianificazione delle sincronizzazioni e conservazione dell'audit
settings-sync-interval = Ore tra una sincronizzazione e l'altra
settings-sync-interval-hint = 0 disattiva le sincronizzazioni pianificate; "Sincronizza ora" continua a funzionare.
settings-retention = Conserva le voci di audit per (giorni)
settings-retention-hint = Almeno 180 giorni (quanto il registro di audit di Atlassian), al massimo 3650; 0 le conserva per sempre.
error-invalid-entries = Queste voci non sono indirizzi email né voci *@dominio, quindi non è stato salvato nulla:
settings-data-title = Dati
settings-data-export-body = Scaricare in un unico archivio tutto ciò che User Account Manager memorizza: impostazioni (senza segreti), account amministratore locali (senza password), cronologia delle sincronizzazioni, registro di audit e snapshot corrente degli utenti. L'esportazione viene annotata nel registro di audit.
settings-data-export = Esporta tutto
settings-data-delete-body = Eliminare tutto ciò che User Account Manager memorizza: impostazioni, chiave e token memorizzati, account amministratore locali, sessioni, snapshot e registro di audit. In Atlassian non cambia nulla. L'operazione non può essere annullata; esportare prima i dati se potrebbero servire.
settings-data-delete-confirm = Digitare DELETE per confermare
settings-data-delete = Elimina tutto
settings-data-not-confirmed = Non è stato eliminato nulla: digitare esattamente DELETE per confermare.
settings-data-sync-running = Non è stato eliminato nulla: è in corso una sincronizzazione. Annullarla o attendere che termini, quindi riprovare.
settings-data-export-failed = L'esportazione non è riuscita. I dettagli sono disponibili nel log del server.
settings-data-delete-failed = L'eliminazione non è riuscita; non è stato eliminato nulla. I dettagli sono disponibili nel log del server.
error-reauth-failed = La password o il codice di autenticazione non sono corretti. Non è stato pianificato nulla.
error-reauth-stale = Conferma prima la tua identità: accedi di nuovo con Atlassian, poi elimina entro 5 minuti.
error-panel-refused = Non è possibile dal pannello di Jira. Apri User Account Manager in una scheda del browser separata.
error-erasure-pending = L'eliminazione di tutti i dati è già pianificata. Annullala prima oppure attendi che venga eseguita.
settings-data-delete-delay = Nulla viene eliminato subito: l'eliminazione avviene { $hours } ore dopo la conferma. Fino ad allora ogni amministratore la vede nella dashboard e può annullarla. Viene conservata una traccia firmata del log di audit cancellato.
settings-data-reauth-atlassian = Hai effettuato l'accesso con Atlassian più di 5 minuti fa. Per confermare la tua identità, accedi di nuovo, poi elimina entro 5 minuti.
settings-data-reauth-fresh = Hai effettuato l'accesso con Atlassian meno di 5 minuti fa: questo conferma la tua identità.
settings-data-scheduled = L'eliminazione di tutti i dati è pianificata. Finché non viene eseguita, qualsiasi amministratore può annullarla qui o nella dashboard.
erasure-title = Tutti i dati verranno eliminati
erasure-body = { $name } ha pianificato il { $scheduled } l'eliminazione di tutto ciò che User Account Manager conserva, log di audit incluso. Verrà eseguita il { $due }, a meno che un amministratore non la annulli.
erasure-cancel = Annulla l'eliminazione
erasure-cancelled = L'eliminazione è stata annullata. Non è stato eliminato nulla.
erasure-cancel-failed = Non è stato possibile annullare l'eliminazione. I dettagli sono disponibili nel log del server.
login-deleted = È stato eliminato tutto. Il server ha mostrato un nuovo link di configurazione per creare di nuovo il primo account amministratore.
error-invalid-org_id = L'ID organizzazione è mancante o non valido: è l'ID presente in admin.atlassian.com/o/<ID>/…, composto da lettere, cifre e trattini.
error-invalid-admin_api_key = Incollare una chiave API Admin: non ne è ancora memorizzata nessuna per questa organizzazione.
error-invalid-site = Per il sito occorrono insieme l'URL, l'email di un account e il token API di quell'account.
error-invalid-site_url = L'URL del sito non è valido: ha la forma https://your-site.atlassian.net.
error-invalid-site_host = Sono accettati solo siti https://your-site.atlassian.net: il token API non viene inviato a nessun altro host. Un altro host deve prima essere consentito dal gestore del server (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Un nuovo URL del sito o una nuova email dell'account richiede di nuovo il token API: incollare il token di quell'account per questo sito.
error-invalid-site_email = L'email dell'account non è un indirizzo email valido.
error-invalid-thresholds = Entrambe le soglie devono essere numeri interi di giorni, con la soglia di ritardo superiore a quella di avviso.
error-invalid-schedule = Inserire numeri interi: ore tra una sincronizzazione e l'altra e giorni di conservazione del registro di audit.
error-invalid-sync_interval_hours = Le ore tra una sincronizzazione e l'altra devono essere 0 (disattivato) o un valore tra 1 e 168.
error-invalid-audit_retention_days = Conservare le voci di audit per 0 giorni (per sempre) o tra 180 e 3650 giorni.
error-invalid-seat_prices = Inserire un codice valuta di tre lettere e prezzi tra 0 e 100000, usando cifre e il punto come separatore decimale.
login-atlassian-off = L'accesso con Atlassian non è configurato su questo server. Il gestore del server può configurarlo con un'app OAuth (UAM_OAUTH_CLIENT_ID e UAM_OAUTH_CLIENT_SECRET); nel frattempo, accedere con un account amministratore locale.

## Bulk actions
bulk-title = Azione di massa
bulk-undo-title = Annulla questo processo
bulk-actions = Azioni…
bulk-actions-user = Azioni per questo utente…
bulk-choose = Operazione da eseguire
bulk-action-deactivate = Disattiva
bulk-action-reactivate = Riattiva
bulk-action-revoke_access = Revoca accesso ai prodotti
bulk-action-assign_access = Assegna accesso ai prodotti
bulk-action-remove_customer = Rimuovi clienti JSM
bulk-every-desk = tutti i service desk
bulk-products = Prodotti
bulk-desks = Service desk
bulk-desks-hint = Non selezionarne nessuno per rimuovere i clienti da tutti i service desk di cui fanno parte.
bulk-check = Verifica chi è interessato
bulk-cancel = Annulla
bulk-checking = Verifica di ogni utente presso Atlassian…
bulk-starting = Avvio del processo…
bulk-count-changing = { $count ->
        [one] { $formatted } utente verrà modificato
       *[other] { $formatted } utenti verranno modificati
    }
bulk-count-already = { $count ->
        [one] { $formatted } utente è già in quello stato
       *[other] { $formatted } utenti sono già in quello stato
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } utente non può essere modificato
       *[other] { $formatted } utenti non possono essere modificati
    }
bulk-how = Modalità di esecuzione
bulk-method-disable_account = { $count ->
        [one] { $formatted } account disattivato (gestito dall'organizzazione: API del ciclo di vita della gestione utenti)
       *[other] { $formatted } account disattivati (gestiti dall'organizzazione: API del ciclo di vita della gestione utenti)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } account riattivato (gestito dall'organizzazione: API del ciclo di vita della gestione utenti)
       *[other] { $formatted } account riattivati (gestiti dall'organizzazione: API del ciclo di vita della gestione utenti)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } utente perde l'accesso all'organizzazione (sospeso: l'organizzazione non gestisce l'account)
       *[other] { $formatted } utenti perdono l'accesso all'organizzazione (sospesi: l'organizzazione non gestisce i loro account)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } utente riottiene l'accesso all'organizzazione (ripristinato: l'organizzazione non gestisce l'account)
       *[other] { $formatted } utenti riottengono l'accesso all'organizzazione (ripristinati: l'organizzazione non gestisce i loro account)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } utente rimosso dai gruppi che danno accesso ai prodotti
       *[other] { $formatted } utenti rimossi dai gruppi che danno accesso ai prodotti
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } utente aggiunto a un gruppo che dà accesso ai prodotti
       *[other] { $formatted } utenti aggiunti a un gruppo che dà accesso ai prodotti
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } utente perde un ruolo di prodotto assegnato direttamente
       *[other] { $formatted } utenti perdono un ruolo di prodotto assegnato direttamente
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } utente riceve direttamente il ruolo di prodotto
       *[other] { $formatted } utenti ricevono direttamente il ruolo di prodotto
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } cliente rimosso dai service desk
       *[other] { $formatted } clienti rimossi dai service desk
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } cliente aggiunto di nuovo ai service desk
       *[other] { $formatted } clienti aggiunti di nuovo ai service desk
    }
bulk-nothing = Nulla da modificare: tutti gli utenti selezionati sono già in quello stato o non possono essere modificati.
bulk-skipped = Non modificati
bulk-skipped-more = …e altri { $count }.
bulk-reason = Motivo
bulk-type-to-confirm = Digitare { $count } per confermare
bulk-presets = Azioni di pulizia
bulk-preset-overdue = Disattiva tutti gli utenti in ritardo
bulk-preset-revoke = Revoca { $product } agli utenti inattivi nel prodotto da { $days } giorni
bulk-skip-already_done = Già in quello stato
bulk-skip-protected = Protetto in Impostazioni
bulk-skip-org_admin = Amministratore dell'organizzazione: mai modificato da un'azione di massa
bulk-skip-acting_admin = Il proprio account: mai modificato dalle proprie azioni di massa
bulk-skip-identity_provider = Sottoposto a provisioning dal provider di identità (SCIM), che gestisce l'accesso di questo account
bulk-skip-lookup_failed = Impossibile interrogare Atlassian sullo stato attuale di questo utente, quindi non si è corso alcun rischio
bulk-skip-not_found = Atlassian non riconosce più questo account
bulk-skip-not_applicable = Questa azione non si applica a questo tipo di account
bulk-skip-no_way = L'accesso deriva da un'origine che questo prodotto non può modificare
bulk-skip-direct_role_unavailable = Assegnato direttamente e questa organizzazione non offre l'API di Atlassian per i ruoli di prodotto diretti (disponibilità limitata), quindi non si è rischiato nulla
bulk-step-disable_account = Account disattivato
bulk-step-enable_account = Account riattivato
bulk-step-suspend = Accesso all'organizzazione sospeso
bulk-step-restore = Accesso all'organizzazione ripristinato
bulk-step-leave_group = Rimosso dal gruppo { $object }
bulk-step-join_group = Aggiunto al gruppo { $object }
bulk-step-revoke_role = Ruolo { $object } revocato
bulk-step-assign_role = Ruolo { $object } assegnato
bulk-step-remove_customer = Rimosso come cliente di { $object }
bulk-step-add_customer = Aggiunto come cliente di { $object }

## Jobs
nav-jobs = Processi
jobs-title = Processi
jobs-intro = Le azioni di massa vengono eseguite come processi sul server: proseguono anche se si chiude la scheda, sono visibili a tutti gli amministratori e vengono eseguite una alla volta, mentre le altre attendono il proprio turno.
jobs-loading = Caricamento dei processi…
jobs-empty-title = Nessun processo
jobs-empty-body = Le azioni di massa avviate dalla pagina Utenti o dalla dashboard vengono visualizzate qui, con il relativo avanzamento e il risultato per ciascun utente.
jobs-caption = Processi di azioni di massa, dal più recente
job-title = Processo
job-back = Tutti i processi
job-loading = Caricamento del processo…
job-action = Azione
job-state = Stato
job-progress = Avanzamento
job-started-by = Avviato da
job-created = Creato
job-started = Avviato
job-finished = Terminato
job-counts = { $done } completati, { $skipped } ignorati, { $failed } non riusciti su { $total }
job-count-done = { $formatted } completati
job-count-skipped = { $formatted } ignorati
job-count-failed = { $formatted } non riusciti
job-count-unknown = { $formatted } interrotti, esito sconosciuto
job-count-cancelled = { $formatted } non elaborati (processo interrotto)
job-count-pending = { $formatted } in attesa
job-waiting = In attesa del limite di frequenza di Atlassian fino alle { $time }
job-queue-position = { $count ->
        [0] In coda: il prossimo
        [one] In coda: { $count } processo prima di questo
       *[other] In coda: { $count } processi prima di questo
    }
job-undo-of = Questo processo annulla un processo precedente.
job-open-original = Apri il processo originale
job-undone-by = Questo processo è stato annullato.
job-open-undo = Apri il processo di annullamento
job-undone-by-short = annullato
job-error = Arrestato prima del termine:
job-stopped-panic = un errore interno ha fermato questa attività. Gli utenti non ancora raggiunti sono rimasti invariati.
job-stopped-not-admin = l'amministratore che l'ha avviata non è più un amministratore dell'organizzazione autorizzato a usare questo server, quindi è stata rifiutata.
job-stopped-admin-unconfirmed = Atlassian non ha potuto confermare che l'amministratore che l'ha avviata sia ancora amministratore dell'organizzazione, quindi è stata rifiutata.
job-cancel = Interrompi il processo
job-undo = Annulla questo processo
job-results = Risultati per utente
job-filter = Mostra
job-filter-all = Tutti
job-item-state = Risultato
job-steps = Passaggi
job-outcome = Motivo e risposta di Atlassian
job-no-items = Nessun utente in questo stato.
job-atlassian-status = Risposta di Atlassian: { $status }
job-request-id = ID richiesta
job-state-queued = In coda
job-state-running = In esecuzione
job-state-cancelling = Interruzione in corso
job-state-cancelled = Interrotto
job-state-finished = Completato
job-state-failed = Non riuscito
job-item-pending = In attesa
job-item-running = In corso
job-item-done = Completato
job-item-skipped = Ignorato
job-item-failed = Non riuscito
job-item-unknown = Esito sconosciuto
job-item-cancelled = Non elaborato

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Mostra le mie consultazioni del registro
audit-views-hidden = Le tue consultazioni del registro, nascoste: { $formatted }.
audit-views-show = Mostrale
audit-chain-verified-through = Catena verificata fino alla voce #{ $last }, ultimo checkpoint firmato #{ $seq } il { $time }.
audit-chain-verified-through-unsigned = Catena verificata fino alla voce #{ $last }, ancora nessun checkpoint firmato.
audit-job-titled = { $title } · processo { $id }
audit-csv-details-json = Dettagli (JSON)
audit-say-via-local = Accesso con un account locale.
audit-say-via-atlassian = Accesso con Atlassian.
audit-say-via-forge = Accesso dal pannello di Jira.
audit-say-refused = Rifiutato: { $reason }
audit-say-attempts = Tentativi falliti: { $count }, dal { $since }.
audit-say-from = Dall'indirizzo { $address }.
audit-say-session-ended = L'amministratore non è più amministratore dell'organizzazione, quindi la sessione è stata chiusa.
audit-say-totp-on = Accede con password e codice dell'app di autenticazione.
audit-say-totp-off = Accede solo con la password.
audit-say-setting = { $setting } modificato da { $before } a { $after }.
audit-say-secret = { $setting } sostituito: il precedente terminava con { $before }, il nuovo termina con { $after }.
audit-say-secret-first = { $setting } impostato: termina con { $after }.
audit-say-nothing = niente
audit-say-yes = Sì
audit-say-no = No
audit-say-data-exported = È stato esportato tutto: utenti: { $users }, dimensione: { $size } KB.
audit-say-data-deleted = Tutto ciò che era memorizzato è stato eliminato; il registro riparte da qui.
audit-say-erasure-times = Pianificata il { $scheduled }, prevista per il { $due }.
audit-say-erasure-due = Tutto verrà eliminato il { $due }, a meno che un amministratore annulli.
audit-say-erasure-cancelled = Annullata l'eliminazione che { $by } aveva pianificato per il { $due }.
audit-say-viewed = Ha consultato il registro.
audit-say-filter = Filtri: { $filter }.
audit-say-audit-export = Voci esportate: { $count }.
audit-say-pruned = Voci rimosse in base alla conservazione: { $count }, tutte precedenti al { $cutoff }; l'ultima era #{ $seq }.
audit-say-users-exported = Utenti esportati da una vista della tabella utenti: { $count }.
audit-say-users-selected = Utenti selezionati esportati: { $count }.
audit-say-job-queued = Utenti nel piano: { $users }; da modificare: { $changing }; lasciati invariati: { $skipped }.
audit-say-job-cancel = Chiesto di fermare il processo; gli utenti in corso vengono completati prima.
audit-say-job-ended = Il processo è terminato ({ $state }): { $counts }.
audit-say-step-intent = Sta per chiedere ad Atlassian: { $step }.
audit-say-step-failed = Non riuscito (tentativo { $attempt }): { $step }. Risposta di Atlassian: { $error }
audit-say-reread-yes = Rileggendo l'utente risulta che la modifica è stata fatta.
audit-say-reread-no = Rileggendo l'utente risulta che la modifica non è stata fatta.
audit-say-interrupted = Interrotto da un riavvio del server, poi risolto rileggendo l'utente.
audit-say-skip-preflight = Lasciato invariato nella verifica preliminare: { $reason }.
audit-say-error = Errore: { $error }
audit-say-exercise = Scritto per verificare il vocabolario di audit; nessun amministratore ha eseguito questa azione.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian non ha risposto in tempo. Riprova tra un momento.
error-invalid-admin_api_key_refused = Atlassian ha rifiutato questa chiave: è errata, scaduta o revocata, oppure non può leggere le organizzazioni. Controllala su admin.atlassian.com.
settings-no-answer = Atlassian non ha risposto entro { $seconds } secondi. Riprova tra un momento; se continua a succedere, Atlassian potrebbe avere problemi.
settings-finding-orgs = Ricerca delle organizzazioni…
settings-orgs-found = Organizzazioni visibili con questa chiave: { $count }. Scegline una nel campo ID organizzazione.
settings-orgs-none = Questa chiave non vede alcuna organizzazione. Verifica che sia una chiave API di amministrazione dell'organizzazione e non un token API personale.
settings-checking = Verifica della connessione con Atlassian…
settings-check-col-check = Verifica
settings-check-col-result = Risultato
settings-check-col-detail = Significato
settings-check-result-ok = Funziona
settings-check-result-unused = Non usato
settings-check-result-failed = Da correggere
settings-check-ok-detail = Atlassian ha accettato le credenziali e ha risposto.
settings-check-status = Risposta di Atlassian, per l'assistenza: HTTP { $status }
settings-check-summary = Verifiche riuscite: { $working } su { $total }.
settings-check-outcome-timeout = nessuna risposta entro { $seconds } secondi: Atlassian potrebbe essere lento o non disponibile; riprova tra qualche minuto
settings-check-outcome-rate-limited = Atlassian sta limitando le richieste (troppe in poco tempo); riprova tra un minuto
settings-check-outcome-server-error = Atlassian ha avuto un problema e non ha potuto rispondere; riprova più tardi
settings-check-outcome-rejected = Atlassian ha rifiutato la richiesta così com'era; i dettagli sono nel log del server
settings-nav-label = Sezioni delle impostazioni
settings-danger-title = Zona pericolosa
settings-danger-unlock = Il pulsante si attiva quando è digitato DELETE.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Disattiva { $users }
job-title-reactivate = Riattiva { $users }
job-title-revoke_access = Revoca { $subjects } a { $users }
job-title-assign_access = Assegna { $subjects } a { $users }
job-title-remove_customer = Rimuovi { $users } da { $subjects }
job-title-add_customer = Riaggiungi { $users } a { $subjects }
job-undo-of-job = annullamento del processo { $job }
bulk-plan-disable_account = Disattiva (account gestito)
bulk-plan-enable_account = Riattiva (account gestito)
bulk-plan-suspend = Sospendi l'accesso all'organizzazione
bulk-plan-restore = Ripristina l'accesso all'organizzazione
bulk-plan-leave_group = Rimuovi dal gruppo { $object }
bulk-plan-join_group = Aggiungi al gruppo { $object }
bulk-plan-revoke_role = Revoca l'accesso a { $object }
bulk-plan-assign_role = Assegna l'accesso a { $object }
bulk-plan-remove_customer = Rimuovi da { $object }
bulk-plan-add_customer = Riaggiungi a { $object }
bulk-changing = Utenti che cambieranno
bulk-change = Modifica
bulk-search = Cerca per nome o e-mail
bulk-search-none = Nessun utente corrisponde alla ricerca.
job-outcome-confirmed = Fatto: Atlassian ha confermato la modifica
job-outcome-refused = Atlassian ha rifiutato la modifica
job-outcome-unavailable = Atlassian per ora non ha accettato la modifica (occupato o non disponibile)
bulk-their-desks = i service desk in cui erano

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtri
filters-active = Filtri attivi
filter-chip = { $name }: { $value }
filter-remove = Rimuovi filtro: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Nessun accesso
card-no-access = Accesso impossibile (sospesi o disattivati): { $formatted }
column-places = Progetti e spazi
csv-places = Progetti e spazi (ruoli)
places-more = +{ $more } altri
export-style = Celle CSV
export-style-readable = Etichette leggibili
export-style-codes = Codici per script

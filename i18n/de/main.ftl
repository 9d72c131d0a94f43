## The language's own name, shown in the language picker.
language-name = Deutsch

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-dashboard = Dashboard
nav-users = Benutzer
nav-audit = Audit-Protokoll
nav-settings = Einstellungen
prefs-language = Sprache
prefs-theme = Design
prefs-apply = Übernehmen
theme-system = Systemdesign
theme-light = Helles Design
theme-dark = Dunkles Design
error-title = Etwas ist schiefgelaufen
error-body = Dieser Teil der Seite konnte nicht angezeigt werden. Laden Sie die Seite neu, um es erneut zu versuchen. Tritt der Fehler weiterhin auf, finden Sie Details im Serverprotokoll.

## Dashboard
dashboard-title = Dashboard
dashboard-empty-title = Noch keine Organisationsdaten
dashboard-empty-body = Verbinden Sie Ihre Atlassian-Organisation in den Einstellungen. Nach der ersten Synchronisierung zeigt dieses Dashboard Ihre Benutzer, deren Aktivität und die Lizenznutzung in Jira, Confluence und Jira Service Management.
dashboard-empty-action = Einstellungen öffnen
dashboard-first-sync-title = Ihre Organisation wird gelesen
dashboard-first-sync-body = Die erste Synchronisierung liest Benutzer, Gruppen und Produktzugriffe von Atlassian. Der Fortschritt wird oben angezeigt; die Zahlen erscheinen hier, sobald sie abgeschlossen ist.
dashboard-first-sync-working = Wird synchronisiert…
dashboard-summary = Übersicht
card-total = Benutzer gesamt
card-total-detail = { $org } Organisationsbenutzer und { $customers } Kunden
card-active = Kürzlich aktiv
card-active-detail = Organisationsbenutzer, die in den letzten { $days } Tagen ein Produkt genutzt haben
card-inactive = Inaktive Benutzer
card-customers = JSM-Kunden
threshold-warning = Seit { $days } Tagen oder länger keine Aktivität
threshold-overdue = Seit { $days } Tagen oder länger keine Aktivität
threshold-never = Überhaupt keine Aktivität erfasst
utilisation-title = Lizenzauslastung
utilisation-seats = { $used } von { $capacity } Lizenzen ({ $percent })
utilisation-near = Fast ausgeschöpft: Prüfen Sie inaktive Benutzer, bevor Sie weitere Lizenzen kaufen.
utilisation-over = Alle Lizenzen sind belegt: Neue Benutzer erhalten erst Zugriff, wenn Lizenzen frei werden oder hinzugekauft werden.
products-title = Produkte
products-product = Produkt
products-users = Benutzer mit Zugriff
products-seats = Belegte Lizenzen
products-cost = Monatliche Kosten inaktiver Lizenzen
products-cost-hint = Geben Sie einen Preis pro Lizenz ein, um die monatlichen Kosten inaktiver Lizenzen zu sehen.
products-cost-set = Preise in den Einstellungen festlegen
chart-title = Letzte Aktivität
chart-intro = Wann Organisationsbenutzer mit aktivem Konto zuletzt ein Produkt genutzt haben.
chart-days = { $from }–{ $to } Tage
chart-more-than = Mehr als { $days } Tage
chart-table-caption = Letzte Aktivität der Organisationsbenutzer mit aktivem Konto
chart-last-active = Zuletzt aktiv
chart-users = Benutzer
sync-title = Synchronisierung
sync-last = Datenstand { $time }: { $formatted } { $count ->
        [one] Konto
       *[other] Konten
    }.
sync-never = Es wurde noch nichts synchronisiert.
sync-next = Nächste geplante Synchronisierung: { $time }
sync-incremental = In Atlassian vorgenommene Änderungen zuletzt am { $time } geprüft: { $formatted } { $count ->
        [one] Benutzer
       *[other] Benutzer
    } aktualisiert.
sync-incremental-failed = Die Prüfung der in Atlassian vorgenommenen Änderungen am { $time } ist fehlgeschlagen: { $reason }
sync-failed = Die um { $time } gestartete Synchronisierung ist fehlgeschlagen: { $reason }
sync-now = Jetzt synchronisieren
sync-cancel = Synchronisierung abbrechen
sync-phase-starting = Wird gestartet
sync-phase-collecting = Daten werden von Atlassian gelesen
sync-phase-indexing = Snapshot wird erstellt
sync-items = { $done } Konten gelesen
sync-items-of = { $done } von etwa { $total } Konten gelesen
sync-waits = { $requests } Anfragen; { $seconds } s Wartezeit wegen der Ratenlimits von Atlassian
sync-families = Gelesene Produkte
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Vollständig
sync-family-partial = Teilweise gelesen
sync-family-not-on-site = Nicht auf dieser Website
sync-family-not-configured = Nicht gelesen: Es ist kein Website-Konto eingerichtet
sync-family-stale = Diesmal nicht gelesen; angezeigt wird der Datenstand { $time } ({ $reason })
sync-family-unread = Noch nicht gelesen ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } Projekt
       *[other] { $formatted } Projekte
    }
sync-part-seats = Die Jira-Lizenzzahlen
sync-part-group = { $count ->
        [one] Die Mitglieder von { $formatted } Gruppe
       *[other] Die Mitglieder von { $formatted } Gruppen
    }
sync-part-desk = { $count ->
        [one] Die Kunden von { $formatted } Servicedesk
       *[other] Die Kunden von { $formatted } Servicedesks
    }
sync-part-jsm-org = { $count ->
        [one] Die Mitglieder von { $formatted } JSM-Organisation
       *[other] Die Mitglieder von { $formatted } JSM-Organisationen
    }
sync-part-space = { $count ->
        [one] { $formatted } Bereich
       *[other] { $formatted } Bereiche
    }
sync-skipped-permission = { $what }: nicht lesbar. Das Website-Konto benötigt { $permission }.
sync-skipped-not-offered = { $what }: nicht lesbar. Diese Website bietet die dafür nötige API nicht an.
sync-skipped-names = Darunter: { $names }
permission-administer-projects = die Projektberechtigung „Projekte verwalten“ (oder „Jira verwalten“)
permission-administer-jira = die globale Berechtigung „Jira verwalten“
permission-browse-users = die globale Berechtigung „Benutzer und Gruppen durchsuchen“
permission-desk-agent = eine Agenten- oder Administratorrolle im Servicedesk
permission-view-space = die Bereichsberechtigung „Anzeigen“
sync-history = Letzte Synchronisierungen
sync-history-started = Gestartet
sync-history-outcome = Ergebnis
sync-history-accounts = Konten
sync-history-requests = Anfragen
sync-outcome-running = Läuft
sync-outcome-complete = Abgeschlossen
sync-outcome-failed = Fehlgeschlagen
sync-outcome-cancelled = Abgebrochen

## Users
users-title = Benutzer
users-empty-title = Noch keine Benutzer vorhanden
users-empty-body = Organisationsbenutzer, Mitglieder von Jira-Projekten und Confluence-Bereichen sowie Kunden von Jira Service Management werden hier nach der ersten Synchronisierung angezeigt.
users-loading = Benutzer werden geladen…
users-tabs = Welche Benutzer
users-tab-org = Organisationsbenutzer
users-tab-projects = Projektbenutzer
users-tab-customers = JSM-Kunden
users-tab-all = Alle
users-presets = Schnellansichten
users-preset-inactive = In allen Produkten inaktiv
users-preset-warning = Warnung
users-preset-overdue = Überfällig
users-preset-never = Nie aktiv
users-clear-filters = Filter zurücksetzen
users-count = { $count ->
        [one] { $formatted } Benutzer
       *[other] { $formatted } Benutzer
    }
users-as-of = Stand: { $time }
users-thresholds = · Warnung nach { $warning } Tagen, überfällig nach { $overdue }
users-table-caption = Benutzer, die den Filtern entsprechen
users-no-matches = Keine Benutzer entsprechen diesen Filtern.
filter-search = Suche
filter-search-placeholder = Name oder E-Mail
filter-type = Kontotyp
filter-product = Produkt
filter-group = Gruppe
filter-project = Projekt oder Bereich
filter-desk = Servicedesk oder Organisation
filter-active-after = Zuletzt aktiv am oder nach
filter-active-before = Zuletzt aktiv vor
filter-status = Status
filter-inactivity = Inaktivität
filter-any = Alle
filter-apply = Filter anwenden
column-name = Name
column-email = E-Mail
column-status = Status
column-account-type = Kontotyp
column-products = Produkte
column-groups = Gruppen
column-last-active = Zuletzt aktiv
column-inactivity = Inaktivität
column-added = Zur Organisation hinzugefügt
column-service-desks = Servicedesks
column-jsm-organizations = JSM-Organisationen
column-details = Details
columns-choose = Spalten
status-active = Aktiv
status-suspended = Gesperrt
status-deactivated = Deaktiviert
status-pending = Eingeladen
class-managed = Verwaltet
class-external = Extern
class-customer = Kunde
class-app = App
inactivity-active = Kürzlich aktiv
inactivity-warning = Warnung
inactivity-overdue = Überfällig
inactivity-never = Nie aktiv
never-active = Nie
email-hidden = Durch die Datenschutzeinstellungen des Benutzers verborgen
org-admin = Org-Admin
open-in-admin = In Atlassian Administration öffnen
list-more = { $list } +{ $more }
details = Details
details-for = Details zu { $name }
details-close = Details schließen
details-missing = Benutzer nicht gefunden
details-account-id = Konto-ID
details-org-admin = Organisationsadministrator
details-scim = Vom Identitätsanbieter bereitgestellt
details-products = Produkte und letzte Aktivität
details-product = Produkt
details-projects = Jira-Projekte
details-spaces = Confluence-Bereiche
details-none = Keine
yes = Ja
no = Nein
select-page = Alle Benutzer auf dieser Seite auswählen
select-user = { $name } auswählen
selection-count = { $count ->
        [0] Keine Benutzer ausgewählt
        [one] { $formatted } Benutzer ausgewählt
       *[other] { $formatted } Benutzer ausgewählt
    }
select-all-matching = Alle { $formatted } Treffer auswählen
selection-clear = Auswahl aufheben
pager-label = Seiten
pager-previous = Zurück
pager-next = Weiter
pager-position = Seite { $page } von { $pages }
pager-size = Zeilen pro Seite:
export-matching = Gefilterte Benutzer exportieren (CSV)
export-selected = Ausgewählte Benutzer exportieren (CSV)
export-progress = { $done } von { $total } Benutzern werden exportiert…
export-cancel = Export abbrechen
export-cancelled = Der Export wurde abgebrochen.
export-done = { $count ->
        [one] { $formatted } Benutzer exportiert.
       *[other] { $formatted } Benutzer exportiert.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Audit-Protokoll
audit-empty-title = Noch keine Audit-Einträge
audit-empty-body = Jede Aktion, die ein Administrator hier ausführt, wird in diesem Protokoll erfasst: wer sie wann für wen ausgeführt hat und was Atlassian geantwortet hat.
audit-loading = Audit-Protokoll wird geladen…
audit-search-placeholder = Admin, Benutzer, Aktion, Details oder Anfrage-ID
audit-filter-from = Von (UTC-Tag)
audit-filter-to = Bis (UTC-Tag)
audit-filter-admin = Admin
audit-filter-action = Aktion
audit-filter-outcome = Ergebnis
audit-filter-user = Betroffener Benutzer
audit-filter-user-placeholder = Konto-ID, Name oder E-Mail
audit-count = { $count ->
        [one] { $formatted } Eintrag
       *[other] { $formatted } Einträge
    }
audit-no-matches = Keine Einträge entsprechen diesen Filtern.
audit-table-caption = Einträge im Audit-Protokoll, neueste zuerst
audit-column-time = Zeit (UTC)
audit-column-admin = Admin
audit-column-action = Aktion
audit-column-user = Betroffener Benutzer
audit-column-outcome = Ergebnis
audit-column-status = Atlassian-Status
audit-column-request = Anfrage-ID
audit-column-details = Details
audit-column-entry = Eintrag
audit-entry-open = Details zu Eintrag { $seq }
audit-entry-title = Eintrag #{ $seq }
audit-job = Auftrag { $id }
audit-export = CSV exportieren
audit-export-progress = { $done } von { $total } Einträgen werden exportiert…
audit-export-done = { $count ->
        [one] { $formatted } Eintrag exportiert.
       *[other] { $formatted } Einträge exportiert.
    }
audit-chain-broken = Kette bei Eintrag #{ $seq } unterbrochen: { $reason }
audit-chain-broken-help = Ab diesem Eintrag wurden Einträge möglicherweise außerhalb von User Account Manager geändert, entfernt oder eingefügt. Lassen Sie die Datenbank unverändert und vergleichen Sie sie mit Ihrem letzten Export oder Backup.
audit-chain-unchecked = Die Hash-Kette konnte nicht geprüft werden.
audit-checkpoints-missing = Signierte Prüfpunkte fehlen: Die Prüfpunktdatei enthält den von diesem Server geschriebenen Prüfpunkt von Eintrag #{ $seq } nicht mehr.
audit-checkpoints-missing-help = Die Datei wurde gelöscht, durch eine ältere Kopie ersetzt oder gekürzt, daher lassen sich die Einträge bis zu diesem nicht mehr gegen eine Signatur prüfen. Stellen Sie die Datei aus Ihrer Kopie wieder her (auch das Protokoll des Servers enthält jeden Prüfpunkt) und lassen Sie die Datenbank unverändert.
audit-action-sign_in = Anmeldung
audit-action-sign_out = Abmeldung
audit-action-authn_denied = Zugriff verweigert
audit-action-session_ended = Sitzung beendet
audit-action-local_admin_created = Lokaler Admin erstellt
audit-action-settings_changed = Einstellung geändert
audit-action-secret_replaced = Zugangsdaten ersetzt
audit-action-data_exported = Daten exportiert
audit-action-data_deleted = Daten gelöscht
audit-action-audit_viewed = Audit-Protokoll angezeigt
audit-action-audit_export = Audit-Protokoll exportiert
audit-action-users_exported = Benutzer exportiert
audit-outcome-ok = Erfolgreich
audit-outcome-denied = Verweigert
audit-outcome-failed = Fehlgeschlagen
audit-outcome-intent = Beabsichtigt
audit-outcome-skipped = Übersprungen
audit-outcome-blocked = Blockiert
audit-action-data_erasure_scheduled = Löschen aller Daten geplant
audit-action-data_erasure_cancelled = Geplantes Löschen abgebrochen
audit-action-audit_pruned = Alte Audit-Einträge entfernt
audit-action-bulk_job_queued = Massenauftrag eingereiht
audit-action-bulk_job_cancel = Abbruch des Massenauftrags angefordert
audit-action-bulk_job_refused = Massenauftrag abgelehnt
audit-action-bulk_job_ended = Massenauftrag beendet
audit-action-bulk_deactivate = Massendeaktivierung
audit-action-bulk_reactivate = Massenreaktivierung
audit-action-bulk_revoke_access = Massenentzug von Produktzugriff
audit-action-bulk_assign_access = Massenvergabe von Produktzugriff
audit-action-bulk_remove_customer = Massenentfernung von JSM-Kunden
audit-action-bulk_undo_deactivate = Massendeaktivierung (rückgängig)
audit-action-bulk_undo_reactivate = Massenreaktivierung (rückgängig)
audit-action-bulk_undo_revoke_access = Massenentzug von Produktzugriff (rückgängig)
audit-action-bulk_undo_assign_access = Massenvergabe von Produktzugriff (rückgängig)
audit-action-bulk_undo_remove_customer = Massenentfernung von JSM-Kunden (rückgängig)
audit-outcome-refused = Abgelehnt
audit-outcome-unknown = Ergebnis unbekannt
audit-outcome-not_sent = Nicht gesendet
audit-outcome-reread = Durch erneutes Lesen bestätigt
audit-outcome-queued = In Warteschlange
audit-outcome-running = Läuft
audit-outcome-cancelling = Wird abgebrochen
audit-outcome-cancelled = Abgebrochen
audit-outcome-finished = Abgeschlossen
audit-csv-seq = Eintrag
audit-csv-time = Zeit (UTC)
audit-csv-actor = Admin-ID
audit-csv-actor-name = Admin-Name
audit-csv-auth-via = Angemeldet über
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Installation des Jira-Panels
audit-csv-action = Aktion
audit-csv-target = Ziel
audit-csv-target-name = Name des betroffenen Benutzers
audit-csv-target-email = E-Mail des betroffenen Benutzers
audit-csv-outcome = Ergebnis
audit-csv-atlassian-status = Atlassian-Status
audit-csv-request-id = Anfrage-ID
audit-csv-job-id = Auftrag
audit-csv-details = Details
audit-csv-prev-hash = Vorheriger Hash
audit-csv-hash = Hash
audit-filter-source = Quelle
audit-source-both = Diese App und Atlassian
audit-source-app = Diese App
audit-source-atlassian = Atlassian
audit-atlassian-note = Von Atlassian gemeldet; nicht Teil der Hash-Kette dieser App.
audit-event-open = Details des Atlassian-Ereignisses { $seq }
audit-event-title = Atlassian-Ereignis Nr. { $seq }
audit-csv-source = Quelle
audit-csv-event-id = Atlassian-Ereignis-ID
audit-csv-ip = IP-Adresse
audit-csv-product = Produkt
audit-action-user_deactivated = Benutzer deaktiviert
audit-action-user_reactivated = Benutzer reaktiviert
audit-action-user_access_suspended = Zugriff des Benutzers gesperrt
audit-action-user_access_restored = Zugriff des Benutzers wiederhergestellt
audit-action-user_added_to_group = Benutzer zur Gruppe hinzugefügt
audit-action-user_removed_from_group = Benutzer aus Gruppe entfernt
audit-action-group_granted_role = Produktrolle der Gruppe erteilt
audit-action-group_revoked_role = Produktrolle der Gruppe entzogen
audit-action-user_granted_role = Produktrolle dem Benutzer erteilt
audit-action-user_revoked_role = Produktrolle dem Benutzer entzogen
audit-action-added_org_admin = Organisationsadmin hinzugefügt
audit-action-removed_org_admin = Organisationsadmin entfernt
audit-action-service_desk_customer_added = Service-Desk-Kunde hinzugefügt
audit-action-service_desk_customer_removed = Service-Desk-Kunde entfernt
audit-action-project_role_actor_added = Zur Projektrolle hinzugefügt
audit-action-project_role_actor_removed = Aus Projektrolle entfernt

## Settings
settings-title = Einstellungen


settings-api-key-docs = So erstellen Sie einen Admin-API-Schlüssel

## Not found
not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es keine Seite. Möglicherweise ist der Link falsch geschrieben oder die Seite wurde verschoben.
not-found-action = Zum Dashboard

## Demo mode
demo-badge = Demo-Organisation
demo-banner = { $org } ist eine simulierte Organisation, Sie können also gefahrlos alles ausprobieren: Nichts hier wirkt sich auf ein echtes Atlassian-Konto aus.
demo-connect = Eigene Organisation verbinden

## Errors a request can end in
error-unauthorized = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.
error-forbidden = Nur Organisationsadministratoren können diese Aktion ausführen.
error-not-found = Das Objekt existiert nicht mehr. Möglicherweise wurde es in Atlassian entfernt.
error-invalid-input = Einige Eingaben sind ungültig. Prüfen Sie die markierten Felder.
error-atlassian-unavailable = Atlassian antwortet derzeit nicht. Versuchen Sie es in einigen Minuten erneut.
error-sync-running = Es läuft bereits eine Synchronisierung. Warten Sie, bis sie abgeschlossen ist, oder brechen Sie sie zuerst ab.
error-no-snapshot = Es wurde noch nichts synchronisiert. Die erste Synchronisierung startet automatisch und kann einige Minuten dauern.
error-transport = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-internal = Auf dem Server ist ein Fehler aufgetreten. Details finden Sie im Serverprotokoll.
error-payload-too-large = Diese Anfrage ist größer, als der Server annimmt, daher wurde nichts ausgeführt. Senden Sie weniger auf einmal, zum Beispiel weniger Einträge.
error-timeout = Der Server hat diese Anfrage abgebrochen, weil sie zu lange gedauert hat. Versuchen Sie es gleich noch einmal oder fragen Sie weniger auf einmal ab.

## CSV export column headers
csv-name = Name
csv-email = E-Mail
csv-status = Status
csv-account-type = Kontotyp
csv-products = Produkte
csv-product-last-active = Zuletzt aktiv je Produkt
csv-last-active = Zuletzt aktiv
csv-groups = Gruppen
csv-inactivity = Inaktivität
csv-service-desks = Servicedesks
csv-jsm-organizations = JSM-Organisationen

## Signing in
login-title = Anmelden
login-intro = Nur Organisationsadministratoren können User Account Manager verwenden.
login-atlassian = Mit Atlassian anmelden
login-demo-admins = In dieser Demo sind diese simulierten Konten Organisationsadministratoren. Wählen Sie eines davon auf der simulierten Atlassian-Anmeldeseite aus; alle anderen Konten werden abgewiesen.
login-local-title = Lokales Administratorkonto
login-login = Anmeldename
login-password = Passwort
login-totp = Authentifizierungscode
login-totp-hint = Nur wenn Ihr Konto eine Authentifizierungs-App verwendet.
login-submit = Anmelden
login-setup-pending = Es gibt noch kein lokales Administratorkonto. Der Server hat beim Start einen einmaligen Einrichtungslink ausgegeben, mit dem Sie das erste Konto erstellen; der Befehl uam admin create bewirkt dasselbe.
login-signed-out = Sie haben sich abgemeldet.
login-refused-title = Anmeldung abgewiesen
login-back = Zurück zur Anmeldung
login-error-invalid = Anmeldename, Passwort oder Authentifizierungscode ist falsch.
login-error-locked = Zu viele fehlgeschlagene Versuche. Warten Sie 15 Minuten und versuchen Sie es dann erneut.
login-error-totp = Der Authentifizierungscode fehlt oder ist falsch.
login-error-not-admin = Dieses Atlassian-Konto ist kein Administrator dieser Organisation oder steht nicht auf der Liste der Administratoren, die diesen Server verwenden dürfen.
login-error-unavailable = Die Anmeldung ist derzeit nicht möglich: Atlassian oder die Datenbank des Servers hat nicht geantwortet. Versuchen Sie es in einer Minute erneut.
login-error-state = Diese Anmeldung ist abgelaufen, wurde bereits verwendet oder in einem anderen Browser gestartet. Beginnen Sie erneut auf der Anmeldeseite.
login-error-setup-link = Dieser Einrichtungslink ist abgelaufen oder wurde bereits verwendet. Starten Sie den Server neu, damit er einen neuen ausgibt, oder erstellen Sie einen Administrator mit dem Befehl uam admin create.
login-error-setup-input = Prüfen Sie die Felder: Der Anmeldename enthält keine Leerzeichen, der Name ist ausgefüllt, das Passwort hat mindestens 12 Zeichen und beide Passwörter stimmen überein.
login-error-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.

## First-run set-up
setup-title = Erstes Administratorkonto erstellen
setup-intro = Dieses Konto meldet sich mit einem eigenen Passwort an. Bewahren Sie es als Notfallkonto auf: Sobald die Atlassian-Verbindung eingerichtet ist, melden sich Organisationsadministratoren mit Atlassian an.
setup-login = Anmeldename (eine E-Mail-Adresse oder ein kurzer Name)
setup-name = Ihr Name
setup-password = Passwort (mindestens 12 Zeichen)
setup-password-again = Passwort wiederholen
setup-totp-title = Authentifizierungs-App
setup-totp-optional = Empfohlen: Scannen Sie diesen Code mit einer Authentifizierungs-App und geben Sie den angezeigten Code ein. Lassen Sie das Feld leer, um diesen Schritt zu überspringen.
setup-totp-required = Dieser Server erfordert eine Authentifizierungs-App: Scannen Sie diesen Code damit und geben Sie den angezeigten Code ein.
setup-totp-key = Oder geben Sie diesen Schlüssel manuell ein:
setup-totp-qr = QR-Code für die Authentifizierungs-App
setup-totp-code = Code aus der App
setup-submit = Konto erstellen und anmelden

## The signed-in admin
account-via-local = Lokales Konto
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = über Jira
account-sign-out = Abmelden

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = User Account Manager wird geöffnet…
embed-expired = Die Sitzung dieses Panels ist abgelaufen. Öffnen Sie User Account Manager erneut über die Jira-Administration, um fortzufahren.
embed-refused = Nur Administratoren dieser Organisation können User Account Manager in Jira verwenden, und nur, wenn der Server ihr Konto zulässt.
embed-unavailable = User Account Manager kann Ihren Zugriff derzeit nicht bestätigen: Atlassian oder der Server hat nicht geantwortet. Versuchen Sie es in einer Minute erneut.

## Settings page
settings-saved = Gespeichert.
settings-save = Speichern
settings-set-by-env = Durch die Umgebung festgelegt; ändern Sie den Wert in der Serverkonfiguration.
settings-connection-title = Atlassian-Verbindung
settings-connection-demo = Angezeigt wird { $org }, die simulierte Demo-Organisation. Verbinden Sie unten Ihre eigene Organisation.
settings-connection-env = Verbunden mit der Organisation { $org }, konfiguriert über die Serverumgebung.
settings-connection-saved = Verbunden mit der Organisation { $org }.
settings-connection-pending = Die gespeicherte Verbindung wird ab dem nächsten Serverstart verwendet. Starten Sie den Server neu, um sich mit dieser Organisation zu verbinden.
settings-admin-key = Admin-API-Schlüssel
settings-key-placeholder = Neuen Schlüssel einfügen, um den gespeicherten zu ersetzen
settings-key-write-only = Nur schreibbar: Der Schlüssel wird verschlüsselt gespeichert und nie wieder angezeigt.
settings-key-expiry = Ablaufdatum des Schlüssels
settings-key-expires = Läuft am { $date } ab.
settings-key-expires-soon = Läuft am { $date } ab, in { $days } Tagen. Erstellen Sie vorher einen neuen Schlüssel in Atlassian und fügen Sie ihn hier ein.
settings-key-expired = Am { $date } abgelaufen. Synchronisierungen und Aktionen schlagen fehl, bis ein neuer Schlüssel gespeichert ist.
settings-secret-set = endet auf …{ $hint }, festgelegt von { $by } am { $at }
settings-secret-unset = nicht festgelegt
settings-org = Organisations-ID
settings-find-orgs = Organisationen suchen
settings-site-title = Jira, Confluence und Jira Service Management
settings-site-body = Projektrollen, Bereichsmitglieder, Kunden und Jira-Lizenzen werden über die Website mit der E-Mail-Adresse und dem API-Token eines Kontos gelesen.
settings-site-url = Website-URL
settings-site-email = Konto-E-Mail
settings-site-token = API-Token
settings-site-token-again = Geben Sie das Token erneut ein, wenn Sie die Website-URL oder die E-Mail ändern.
settings-test-connection = Verbindung testen
settings-check-admin-key = Admin-API-Schlüssel
settings-check-org = Organisation
settings-check-directory = Benutzer und Gruppen
settings-check-site = Website
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = abgewiesen: Schlüssel oder Token ist falsch, abgelaufen oder widerrufen
settings-check-outcome-forbidden = abgewiesen: Den Zugangsdaten fehlt die erforderliche Berechtigung (Scope)
settings-check-outcome-not-found = nicht gefunden: Prüfen Sie die Organisations-ID oder die Website-URL
settings-check-outcome-unreachable = Atlassian hat nicht geantwortet; versuchen Sie es später erneut
settings-check-outcome-not-configured = nicht konfiguriert
settings-check-outcome-not-on-site = nicht auf dieser Website (die Website hat dieses Produkt nicht)
settings-prices-title = Lizenzpreise
settings-prices-body = Optional. Geben Sie an, was eine Lizenz jedes Produkts pro Monat kostet; das Dashboard zeigt dann, was die Lizenzen inaktiver Benutzer kosten. Lassen Sie ein Produkt leer, um es nicht zu berücksichtigen.
settings-currency = Währung (ISO-Code, z. B. USD oder EUR)
settings-thresholds-title = Inaktivitätsschwellen
settings-thresholds-body = Ein Benutzer, der länger als die Warnschwelle inaktiv ist, wird mit „Warnung“ markiert; länger als die Überfälligkeitsschwelle mit „überfällig“. Die Überfälligkeitsschwelle muss länger sein als die Warnschwelle.
settings-warning-days = Warnung nach (Tagen)
settings-overdue-days = Überfällig nach (Tagen)
settings-protected-title = Geschützte Konten
settings-protected-body = Massenaktionen deaktivieren diese Konten nie und entziehen ihnen nie den Zugriff. Geben Sie E-Mail-Adressen, ganze Domains als *@example.com oder Atlassian-Konto-IDs ein. Org-Admins und Sie selbst sind immer geschützt.
settings-protected-add = Adressen, Domains oder Konto-IDs hinzufügen (mehrere einfügen, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche)
settings-protected-add-button = Hinzufügen
settings-protected-search = Geschützte Konten durchsuchen
settings-protected-count = { $count ->
    [one] Ein geschützter Eintrag
   *[other] { $count } geschützte Einträge
}
settings-protected-remove = Entfernen
settings-schedule-title = Synchronisierungsplan und Aufbewahrung des Audit-Protokolls
settings-sync-interval = Stunden zwischen Synchronisierungen
settings-sync-interval-hint = 0 deaktiviert geplante Synchronisierungen; „Jetzt synchronisieren“ funktioniert weiterhin.
settings-retention = Audit-Einträge aufbewahren (Tage)
settings-retention-hint = Mindestens 180 Tage (so lange wie das Audit-Protokoll von Atlassian selbst), höchstens 3650; bei 0 werden sie unbegrenzt aufbewahrt.
error-invalid-entries = Diese Einträge sind weder E-Mail-Adressen noch *@domain-Einträge, daher wurde nichts gespeichert:
settings-data-title = Ihre Daten
settings-data-export-body = Laden Sie alles, was User Account Manager speichert, als ein Archiv herunter: Einstellungen (ohne Geheimnisse), lokale Administratorkonten (ohne Passwörter), den Synchronisierungsverlauf, das Audit-Protokoll und den aktuellen Snapshot Ihrer Benutzer. Der Export wird im Audit-Protokoll erfasst.
settings-data-export = Alles exportieren
settings-data-delete-body = Löschen Sie alles, was User Account Manager speichert: Einstellungen, den gespeicherten Schlüssel und Token, lokale Administratorkonten, Sitzungen, Snapshots und das Audit-Protokoll. In Atlassian ändert sich nichts. Dies kann nicht rückgängig gemacht werden; exportieren Sie die Daten vorher, falls Sie sie noch benötigen.
settings-data-delete-confirm = Geben Sie zur Bestätigung DELETE ein
settings-data-delete = Alles löschen
settings-data-not-confirmed = Es wurde nichts gelöscht: Geben Sie zur Bestätigung genau DELETE ein.
settings-data-sync-running = Es wurde nichts gelöscht: Eine Synchronisierung läuft. Brechen Sie sie ab oder warten Sie, bis sie abgeschlossen ist, und versuchen Sie es dann erneut.
settings-data-export-failed = Der Export ist fehlgeschlagen. Details finden Sie im Serverprotokoll.
settings-data-delete-failed = Das Löschen ist fehlgeschlagen; es wurde nichts gelöscht. Details finden Sie im Serverprotokoll.
error-reauth-failed = Das Passwort oder der Authentifizierungscode stimmt nicht. Es wurde nichts geplant.
error-reauth-stale = Bestätigen Sie zuerst, dass Sie es sind: Melden Sie sich erneut mit Atlassian an und löschen Sie dann innerhalb von 5 Minuten.
error-panel-refused = Das ist im Jira-Panel nicht möglich. Öffnen Sie User Account Manager in einem eigenen Browser-Tab.
error-erasure-pending = Das Löschen aller Daten ist bereits geplant. Brechen Sie es zuerst ab oder warten Sie, bis es ausgeführt wird.
settings-data-delete-delay = Es wird nichts sofort gelöscht: Das Löschen erfolgt { $hours } Stunden nach Ihrer Bestätigung. Bis dahin sehen alle Administratoren es im Dashboard und können es abbrechen. Ein signierter Nachweis des gelöschten Audit-Protokolls bleibt erhalten.
settings-data-reauth-atlassian = Sie haben sich vor mehr als 5 Minuten mit Atlassian angemeldet. Melden Sie sich zur Bestätigung erneut an und löschen Sie dann innerhalb von 5 Minuten.
settings-data-reauth-fresh = Sie haben sich vor weniger als 5 Minuten mit Atlassian angemeldet; das bestätigt, dass Sie es sind.
settings-data-scheduled = Das Löschen aller Daten ist geplant. Bis es ausgeführt wird, kann jeder Administrator es hier oder im Dashboard abbrechen.
erasure-title = Alle Daten werden gelöscht
erasure-body = { $name } hat am { $scheduled } das Löschen aller Daten von User Account Manager einschließlich des Audit-Protokolls geplant. Es wird am { $due } ausgeführt, sofern kein Administrator es abbricht.
erasure-cancel = Löschen abbrechen
erasure-cancelled = Das Löschen wurde abgebrochen. Es wurde nichts gelöscht.
erasure-cancel-failed = Das Löschen konnte nicht abgebrochen werden. Details finden Sie im Serverprotokoll.
login-deleted = Alles wurde gelöscht. Der Server hat einen neuen Einrichtungslink ausgegeben, mit dem Sie erneut das erste Administratorkonto erstellen.
error-invalid-org_id = Die Organisations-ID fehlt oder ist ungültig: Es ist die ID in admin.atlassian.com/o/<ID>/…, bestehend aus Buchstaben, Ziffern und Bindestrichen.
error-invalid-admin_api_key = Fügen Sie einen Admin-API-Schlüssel ein: Für diese Organisation ist noch keiner gespeichert.
error-invalid-site = Für die Website werden die URL, eine Konto-E-Mail und das API-Token dieses Kontos benötigt.
error-invalid-site_url = Die Website-URL ist ungültig: Sie hat die Form https://your-site.atlassian.net.
error-invalid-site_host = Nur Websites unter https://your-site.atlassian.net werden akzeptiert: Das API-Token wird an keinen anderen Host gesendet. Einen anderen Host muss zuerst der Betreiber des Servers erlauben (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Eine neue Website-URL oder Konto-E-Mail erfordert das API-Token erneut: Fügen Sie das Token dieses Kontos für diese Website ein.
error-invalid-site_email = Die Konto-E-Mail ist keine gültige E-Mail-Adresse.
error-invalid-thresholds = Beide Schwellen müssen ganze Tageszahlen sein, und die Überfälligkeitsschwelle muss länger als die Warnschwelle sein.
error-invalid-schedule = Geben Sie ganze Zahlen ein: Stunden zwischen Synchronisierungen und Aufbewahrungsdauer des Audit-Protokolls in Tagen.
error-invalid-sync_interval_hours = Die Stunden zwischen Synchronisierungen müssen 0 (aus) oder zwischen 1 und 168 liegen.
error-invalid-audit_retention_days = Audit-Einträge werden 0 Tage (unbegrenzt) oder zwischen 180 und 3650 Tagen aufbewahrt.
error-invalid-seat_prices = Geben Sie einen dreibuchstabigen Währungscode und Preise zwischen 0 und 100000 ein, mit Ziffern und einem Punkt als Dezimaltrennzeichen.
login-atlassian-off = Die Anmeldung mit Atlassian ist auf diesem Server nicht eingerichtet. Der Betreiber kann sie mit einer OAuth-App einrichten (UAM_OAUTH_CLIENT_ID und UAM_OAUTH_CLIENT_SECRET); bis dahin melden Sie sich mit einem lokalen Administratorkonto an.

## Bulk actions
bulk-title = Massenaktion
bulk-undo-title = Diesen Auftrag rückgängig machen
bulk-actions = Aktionen…
bulk-actions-user = Aktionen für diesen Benutzer…
bulk-choose = Aktion auswählen
bulk-action-deactivate = Deaktivieren
bulk-action-reactivate = Reaktivieren
bulk-action-revoke_access = Produktzugriff entziehen
bulk-action-assign_access = Produktzugriff gewähren
bulk-action-remove_customer = JSM-Kunden entfernen
bulk-every-desk = alle Servicedesks
bulk-products = Produkte
bulk-desks = Servicedesks
bulk-desks-hint = Wählen Sie keinen aus, um die Kunden aus allen Servicedesks zu entfernen, denen sie angehören.
bulk-check = Betroffene Benutzer prüfen
bulk-cancel = Abbrechen
bulk-checking = Jeder Benutzer wird bei Atlassian geprüft…
bulk-starting = Auftrag wird gestartet…
bulk-count-changing = { $count ->
        [one] { $formatted } Benutzer wird geändert
       *[other] { $formatted } Benutzer werden geändert
    }
bulk-count-already = { $count ->
        [one] { $formatted } Benutzer ist bereits in diesem Zustand
       *[other] { $formatted } Benutzer sind bereits in diesem Zustand
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } Benutzer kann nicht geändert werden
       *[other] { $formatted } Benutzer können nicht geändert werden
    }
bulk-how = Vorgehensweise
bulk-method-disable_account = { $count ->
        [one] { $formatted } Konto deaktiviert (von der Organisation verwaltet: Lifecycle-API der Benutzerverwaltung)
       *[other] { $formatted } Konten deaktiviert (von der Organisation verwaltet: Lifecycle-API der Benutzerverwaltung)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } Konto reaktiviert (von der Organisation verwaltet: Lifecycle-API der Benutzerverwaltung)
       *[other] { $formatted } Konten reaktiviert (von der Organisation verwaltet: Lifecycle-API der Benutzerverwaltung)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } Benutzer verliert den Zugriff auf die Organisation (gesperrt: Die Organisation verwaltet das Konto nicht)
       *[other] { $formatted } Benutzer verlieren den Zugriff auf die Organisation (gesperrt: Die Organisation verwaltet ihre Konten nicht)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } Benutzer erhält wieder Zugriff auf die Organisation (wiederhergestellt: Die Organisation verwaltet das Konto nicht)
       *[other] { $formatted } Benutzer erhalten wieder Zugriff auf die Organisation (wiederhergestellt: Die Organisation verwaltet ihre Konten nicht)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } Benutzer aus den Gruppen entfernt, die Zugriff auf die Produkte gewähren
       *[other] { $formatted } Benutzer aus den Gruppen entfernt, die Zugriff auf die Produkte gewähren
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } Benutzer zu einer Gruppe hinzugefügt, die Zugriff auf die Produkte gewährt
       *[other] { $formatted } Benutzer zu einer Gruppe hinzugefügt, die Zugriff auf die Produkte gewährt
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } Benutzer verliert eine direkt zugewiesene Produktrolle
       *[other] { $formatted } Benutzer verlieren eine direkt zugewiesene Produktrolle
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } Benutzer erhält die Produktrolle direkt
       *[other] { $formatted } Benutzer erhalten die Produktrolle direkt
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } Kunde aus Servicedesks entfernt
       *[other] { $formatted } Kunden aus Servicedesks entfernt
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } Kunde wieder zu Servicedesks hinzugefügt
       *[other] { $formatted } Kunden wieder zu Servicedesks hinzugefügt
    }
bulk-nothing = Nichts zu ändern: Alle ausgewählten Benutzer sind bereits in diesem Zustand oder können nicht geändert werden.
bulk-skipped = Ausgelassen
bulk-skipped-more = …und { $count } weitere.
bulk-reason = Grund
bulk-type-to-confirm = Geben Sie zur Bestätigung { $count } ein
bulk-presets = Bereinigungsaktionen
bulk-preset-overdue = Alle überfälligen Benutzer deaktivieren
bulk-preset-revoke = { $product } allen entziehen, die dort seit { $days } Tagen inaktiv sind
bulk-skip-already_done = Bereits in diesem Zustand
bulk-skip-protected = In den Einstellungen geschützt
bulk-skip-org_admin = Organisationsadministrator: wird nie durch eine Massenaktion geändert
bulk-skip-acting_admin = Ihr eigenes Konto: wird nie durch Ihre eigene Massenaktion geändert
bulk-skip-identity_provider = Vom Identitätsanbieter (SCIM) bereitgestellt, der den Zugriff dieses Kontos verwaltet
bulk-skip-lookup_failed = Der aktuelle Zustand dieses Benutzers konnte nicht bei Atlassian abgefragt werden, daher wurde nichts riskiert
bulk-skip-not_found = Atlassian kennt dieses Konto nicht mehr
bulk-skip-not_applicable = Diese Aktion gilt nicht für diese Art von Konto
bulk-skip-no_way = Der Zugriff stammt aus einer Quelle, die sich bei diesem Produkt nicht ändern lässt
bulk-skip-direct_role_unavailable = Direkt vergeben, und diese Organisation bietet die Atlassian-API für direkte Produktrollen (eingeschränkt verfügbar) nicht an, daher wurde nichts riskiert
bulk-step-disable_account = Konto deaktiviert
bulk-step-enable_account = Konto reaktiviert
bulk-step-suspend = Zugriff auf die Organisation gesperrt
bulk-step-restore = Zugriff auf die Organisation wiederhergestellt
bulk-step-leave_group = Aus Gruppe { $object } entfernt
bulk-step-join_group = Zu Gruppe { $object } hinzugefügt
bulk-step-revoke_role = Rolle { $object } entzogen
bulk-step-assign_role = Rolle { $object } zugewiesen
bulk-step-remove_customer = Als Kunde von { $object } entfernt
bulk-step-add_customer = Als Kunde von { $object } hinzugefügt

## Jobs
nav-jobs = Aufträge
jobs-title = Aufträge
jobs-intro = Massenaktionen laufen als Aufträge auf dem Server: Sie laufen weiter, wenn Sie den Tab schließen, alle Administratoren sehen sie, und es läuft immer nur einer, während die anderen warten.
jobs-loading = Aufträge werden geladen…
jobs-empty-title = Noch keine Aufträge
jobs-empty-body = Massenaktionen, die auf der Seite „Benutzer“ oder im Dashboard gestartet wurden, erscheinen hier mit ihrem Fortschritt und dem Ergebnis für jeden Benutzer.
jobs-caption = Aufträge für Massenaktionen, neueste zuerst
job-title = Auftrag
job-back = Alle Aufträge
job-loading = Auftrag wird geladen…
job-action = Aktion
job-state = Status
job-progress = Fortschritt
job-started-by = Gestartet von
job-created = Erstellt
job-started = Gestartet
job-finished = Beendet
job-counts = { $done } erledigt, { $skipped } übersprungen, { $failed } fehlgeschlagen von { $total }
job-count-done = { $formatted } erledigt
job-count-skipped = { $formatted } übersprungen
job-count-failed = { $formatted } fehlgeschlagen
job-count-unknown = { $formatted } unterbrochen, Ergebnis unbekannt
job-count-cancelled = { $formatted } nicht erreicht (abgebrochen)
job-count-pending = { $formatted } wartend
job-waiting = Warten auf das Ratenlimit von Atlassian bis { $time }
job-queue-position = { $count ->
        [0] In der Warteschlange: als Nächstes an der Reihe
        [one] In der Warteschlange: { $count } Auftrag davor
       *[other] In der Warteschlange: { $count } Aufträge davor
    }
job-undo-of = Dieser Auftrag macht einen früheren rückgängig.
job-open-original = Ursprünglichen Auftrag öffnen
job-undone-by = Dieser Auftrag wurde rückgängig gemacht.
job-open-undo = Rückgängig-Auftrag öffnen
job-undone-by-short = rückgängig gemacht
job-error = Vorzeitig beendet:
job-stopped-panic = Ein interner Fehler hat diesen Auftrag gestoppt. Noch nicht erreichte Benutzer blieben unverändert.
job-stopped-not-admin = Der Administrator, der ihn gestartet hat, ist kein für diesen Server zugelassener Organisationsadministrator mehr; der Auftrag wurde daher abgelehnt.
job-stopped-admin-unconfirmed = Atlassian konnte nicht bestätigen, dass der Administrator, der ihn gestartet hat, noch Organisationsadministrator ist; der Auftrag wurde daher abgelehnt.
job-cancel = Auftrag abbrechen
job-undo = Auftrag rückgängig machen
job-results = Ergebnisse pro Benutzer
job-filter = Anzeigen
job-filter-all = Alle
job-item-state = Ergebnis
job-steps = Schritte
job-outcome = Grund und Antwort von Atlassian
job-no-items = Keine Benutzer in diesem Zustand.
job-atlassian-status = Atlassian antwortete mit { $status }
job-request-id = Anfrage-ID
job-state-queued = In Warteschlange
job-state-running = Läuft
job-state-cancelling = Wird abgebrochen
job-state-cancelled = Abgebrochen
job-state-finished = Abgeschlossen
job-state-failed = Fehlgeschlagen
job-item-pending = Wartend
job-item-running = In Bearbeitung
job-item-done = Erledigt
job-item-skipped = Übersprungen
job-item-failed = Fehlgeschlagen
job-item-unknown = Ergebnis unbekannt
job-item-cancelled = Abgebrochen

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Meine Aufrufe des Protokolls zeigen
audit-views-hidden = Ihre eigenen Aufrufe des Protokolls, ausgeblendet: { $formatted }.
audit-views-show = Anzeigen
audit-chain-verified-through = Kette geprüft bis Eintrag #{ $last }, letzter signierter Prüfpunkt #{ $seq } am { $time }.
audit-chain-verified-through-unsigned = Kette geprüft bis Eintrag #{ $last }, noch kein signierter Prüfpunkt.
audit-job-titled = { $title } · Auftrag { $id }
audit-csv-details-json = Details als JSON
audit-say-via-local = Mit einem lokalen Konto angemeldet.
audit-say-via-atlassian = Mit Atlassian angemeldet.
audit-say-via-forge = Aus dem Jira-Panel angemeldet.
audit-say-refused = Abgelehnt: { $reason }
audit-say-attempts = Fehlgeschlagene Versuche: { $count }, seit { $since }.
audit-say-from = Von der Adresse { $address }.
audit-say-session-ended = Der Admin ist kein Organisations-Admin mehr, daher wurde die Sitzung beendet.
audit-say-totp-on = Meldet sich mit Passwort und Authenticator-Code an.
audit-say-totp-off = Meldet sich nur mit Passwort an.
audit-say-setting = { $setting } geändert von { $before } auf { $after }.
audit-say-secret = { $setting } ersetzt: Der alte Wert endete auf { $before }, der neue endet auf { $after }.
audit-say-secret-first = { $setting } gesetzt: Der Wert endet auf { $after }.
audit-say-nothing = nichts
audit-say-yes = ja
audit-say-no = nein
audit-say-data-exported = Alles wurde exportiert: Benutzer: { $users }, Größe: { $size } KB.
audit-say-data-deleted = Alle gespeicherten Daten wurden gelöscht; das Protokoll beginnt hier neu.
audit-say-erasure-times = Geplant am { $scheduled }, fällig am { $due }.
audit-say-erasure-due = Alles wird am { $due } gelöscht, sofern kein Admin es abbricht.
audit-say-erasure-cancelled = Die von { $by } für { $due } geplante Löschung wurde abgebrochen.
audit-say-viewed = Protokoll gelesen.
audit-say-filter = Filter: { $filter }.
audit-say-audit-export = Exportierte Einträge: { $count }.
audit-say-pruned = Gemäß Aufbewahrungsdauer entfernte Einträge: { $count }, alle älter als { $cutoff }; der letzte war #{ $seq }.
audit-say-users-exported = Aus einer Ansicht der Benutzertabelle exportierte Benutzer: { $count }.
audit-say-users-selected = Exportierte ausgewählte Benutzer: { $count }.
audit-say-job-queued = Benutzer im Plan: { $users }; zu ändern: { $changing }; unverändert: { $skipped }.
audit-say-job-cancel = Der Auftrag soll anhalten; Benutzer in Bearbeitung werden noch abgeschlossen.
audit-say-job-ended = Der Auftrag endete ({ $state }): { $counts }.
audit-say-step-intent = Atlassian wird gleich gebeten: { $step }.
audit-say-step-failed = Fehlgeschlagen (Versuch { $attempt }): { $step }. Antwort von Atlassian: { $error }
audit-say-reread-yes = Erneutes Lesen des Benutzers zeigte, dass die Änderung erfolgt ist.
audit-say-reread-no = Erneutes Lesen des Benutzers zeigte, dass die Änderung nicht erfolgt ist.
audit-say-interrupted = Durch einen Serverneustart unterbrochen, dann durch erneutes Lesen des Benutzers geklärt.
audit-say-skip-preflight = Bei der Vorprüfung unverändert gelassen: { $reason }.
audit-say-error = Fehler: { $error }
audit-say-exercise = Zur Prüfung des Audit-Vokabulars geschrieben; kein Admin hat diese Aktion ausgeführt.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.
error-invalid-admin_api_key_refused = Atlassian hat diesen Schlüssel abgewiesen: Er ist falsch, abgelaufen oder widerrufen, oder er darf keine Organisationen lesen. Prüfen Sie ihn unter admin.atlassian.com.
settings-no-answer = Atlassian hat nicht innerhalb von { $seconds } Sekunden geantwortet. Versuchen Sie es gleich noch einmal; wenn es wieder passiert, hat Atlassian vielleicht Probleme.
settings-finding-orgs = Organisationen werden gesucht…
settings-orgs-found = Organisationen, die dieser Schlüssel sieht: { $count }. Wählen Sie eine im Feld Organisations-ID.
settings-orgs-none = Dieser Schlüssel sieht keine Organisation. Prüfen Sie, ob es ein Admin-API-Schlüssel der Organisation ist und kein persönliches API-Token.
settings-checking = Die Verbindung zu Atlassian wird geprüft…
settings-check-col-check = Prüfung
settings-check-col-result = Ergebnis
settings-check-col-detail = Bedeutung
settings-check-result-ok = Funktioniert
settings-check-result-unused = Nicht verwendet
settings-check-result-failed = Handlungsbedarf
settings-check-ok-detail = Atlassian hat die Zugangsdaten akzeptiert und geantwortet.
settings-check-status = Antwort von Atlassian, für den Support: HTTP { $status }
settings-check-summary = Funktionierende Prüfungen: { $working } von { $total }.
settings-check-outcome-timeout = keine Antwort innerhalb von { $seconds } Sekunden: Atlassian ist vielleicht langsam oder nicht erreichbar; versuchen Sie es in einigen Minuten erneut
settings-check-outcome-rate-limited = Atlassian begrenzt gerade die Anfragen (zu viele in kurzer Zeit); versuchen Sie es in einer Minute erneut
settings-check-outcome-server-error = bei Atlassian ist ein Fehler aufgetreten, es konnte nicht antworten; versuchen Sie es später erneut
settings-check-outcome-rejected = Atlassian hat die Anfrage so nicht angenommen; Einzelheiten stehen im Serverprotokoll
settings-nav-label = Bereiche der Einstellungen
settings-danger-title = Gefahrenzone
settings-danger-unlock = Die Schaltfläche wird aktiv, sobald DELETE eingegeben ist.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = { $users } deaktivieren
job-title-reactivate = { $users } reaktivieren
job-title-revoke_access = { $subjects } für { $users } entziehen
job-title-assign_access = { $subjects } an { $users } vergeben
job-title-remove_customer = { $users } aus { $subjects } entfernen
job-title-add_customer = { $users } wieder zu { $subjects } hinzufügen
job-undo-of-job = Rückgängigmachung von Auftrag { $job }
bulk-plan-disable_account = Deaktivieren (verwaltetes Konto)
bulk-plan-enable_account = Reaktivieren (verwaltetes Konto)
bulk-plan-suspend = Zugriff auf die Organisation sperren
bulk-plan-restore = Zugriff auf die Organisation wiederherstellen
bulk-plan-leave_group = Aus Gruppe { $object } entfernen
bulk-plan-join_group = Zu Gruppe { $object } hinzufügen
bulk-plan-revoke_role = Zugriff auf { $object } entziehen
bulk-plan-assign_role = Zugriff auf { $object } vergeben
bulk-plan-remove_customer = Aus { $object } entfernen
bulk-plan-add_customer = Wieder zu { $object } hinzufügen
bulk-changing = Benutzer, die sich ändern
bulk-change = Änderung
bulk-search = Nach Name oder E-Mail suchen
bulk-search-none = Kein Benutzer passt zu dieser Suche.
job-outcome-confirmed = Erledigt: Atlassian hat die Änderung bestätigt
job-outcome-refused = Atlassian hat die Änderung abgelehnt
job-outcome-unavailable = Atlassian hat die Änderung vorerst nicht angenommen (ausgelastet oder nicht erreichbar)
bulk-their-desks = die Service-Desks, in denen sie waren

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filter
filters-active = Aktive Filter
filter-chip = { $name }: { $value }
filter-remove = Filter entfernen: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Kein Zugang
card-no-access = Keine Anmeldung möglich (gesperrt oder deaktiviert): { $formatted }
column-places = Projekte und Bereiche
csv-places = Projekte und Bereiche (Rollen)
places-more = +{ $more } weitere
export-style = CSV-Zellen
export-style-readable = Lesbare Bezeichnungen
export-style-codes = Codes für Skripte

## The language's own name, shown in the language picker.
language-name = Türkçe

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = İçeriğe atla
nav-label = Ana menü
nav-dashboard = Pano
nav-users = Kullanıcılar
nav-audit = Denetim günlüğü
nav-settings = Ayarlar
prefs-language = Dil
prefs-theme = Tema
prefs-apply = Uygula
theme-system = Sistem teması
theme-light = Açık tema
theme-dark = Koyu tema
error-title = Bir sorun oluştu
error-body = Sayfanın bu bölümü gösterilemedi. Yeniden denemek için sayfayı yenileyin; sorun devam ederse ayrıntılar sunucu günlüğündedir.

## Dashboard
dashboard-title = Pano
dashboard-empty-title = Henüz kuruluş verisi yok
dashboard-empty-body = Atlassian kuruluşunuzu Ayarlar'dan bağlayın. İlk senkronizasyondan sonra bu panoda Jira, Confluence ve Jira Service Management genelindeki kullanıcılarınız, etkinlikleri ve lisans kullanımı gösterilir.
dashboard-empty-action = Ayarları aç
dashboard-first-sync-title = Kuruluşunuz okunuyor
dashboard-first-sync-body = İlk senkronizasyon Atlassian'dan kullanıcıları, grupları ve ürün erişimini okuyor. İlerleme yukarıda gösteriliyor; sayılar, senkronizasyon biter bitmez burada görünür.
dashboard-first-sync-working = Senkronize ediliyor…
dashboard-summary = Özet
card-total = Toplam kullanıcı
card-total-detail = { $org } kuruluş kullanıcısı ve { $customers } müşteri
card-active = Yakın zamanda etkin
card-active-detail = Son { $days } günde bir ürün kullanmış kuruluş kullanıcıları
card-inactive = Etkin olmayan kullanıcılar
card-customers = JSM müşterileri
threshold-warning = { $days } gün veya daha uzun süredir etkinlik yok
threshold-overdue = { $days } gün veya daha uzun süredir etkinlik yok
threshold-never = Hiç etkinlik kaydı yok
utilisation-title = Lisans kullanımı
utilisation-seats = { $used } / { $capacity } lisans ({ $percent })
utilisation-near = Neredeyse dolu: daha fazla lisans satın almadan önce etkin olmayan kullanıcıları gözden geçirin.
utilisation-over = Tüm lisanslar kullanımda: lisans boşaltılana veya satın alınana kadar yeni kullanıcılara erişim verilemez.
products-title = Ürünler
products-product = Ürün
products-users = Erişimi olan kullanıcılar
products-seats = Kullanılan lisanslar
products-cost = Etkin olmayan lisansların aylık maliyeti
products-cost-hint = Etkin olmayan lisansların aylık maliyetini görmek için lisans başına fiyat girin.
products-cost-set = Fiyatları Ayarlar'da belirleyin
chart-title = Son etkinlik
chart-intro = Hesabı etkin kuruluş kullanıcılarının herhangi bir ürünü en son ne zaman kullandığı.
chart-days = { $from }–{ $to } gün
chart-more-than = { $days } günden fazla
chart-table-caption = Hesabı etkin kuruluş kullanıcılarının son etkinliği
chart-last-active = Son etkinlik
chart-users = Kullanıcılar
sync-title = Senkronizasyon
sync-last = { $time } itibarıyla veriler: { $formatted } { $count ->
        [one] hesap
       *[other] hesap
    }.
sync-never = Henüz hiçbir şey senkronize edilmedi.
sync-next = Sonraki planlı senkronizasyon: { $time }
sync-incremental = Atlassian'da yapılan değişiklikler en son { $time } zamanında kontrol edildi: { $formatted } { $count ->
        [one] kullanıcı
       *[other] kullanıcı
    } güncellendi.
sync-incremental-failed = Atlassian'da yapılan değişikliklerin { $time } zamanındaki kontrolü başarısız oldu: { $reason }
sync-failed = { $time } zamanında başlayan senkronizasyon başarısız oldu: { $reason }
sync-now = Şimdi senkronize et
sync-cancel = Senkronizasyonu iptal et
sync-phase-starting = Başlatılıyor
sync-phase-collecting = Atlassian'dan okunuyor
sync-phase-indexing = Anlık görüntü oluşturuluyor
sync-items = { $done } hesap okundu
sync-items-of = Yaklaşık { $total } hesaptan { $done } tanesi okundu
sync-waits = { $requests } istek; Atlassian hız sınırları nedeniyle { $seconds } sn beklendi
sync-families = Okunan ürünler
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Eksiksiz okundu
sync-family-partial = Kısmen okundu
sync-family-not-on-site = Bu sitede yok
sync-family-not-configured = Okunmadı: yapılandırılmış site hesabı yok
sync-family-stale = Bu kez okunmadı; { $time } itibarıyla veriler gösteriliyor ({ $reason })
sync-family-unread = Henüz okunmadı ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } proje
       *[other] { $formatted } proje
    }
sync-part-seats = Jira lisans sayıları
sync-part-group = { $count ->
        [one] { $formatted } grubun üyeleri
       *[other] { $formatted } grubun üyeleri
    }
sync-part-desk = { $count ->
        [one] { $formatted } hizmet masasının müşterileri
       *[other] { $formatted } hizmet masasının müşterileri
    }
sync-part-jsm-org = { $count ->
        [one] { $formatted } JSM kuruluşunun üyeleri
       *[other] { $formatted } JSM kuruluşunun üyeleri
    }
sync-part-space = { $count ->
        [one] { $formatted } alan
       *[other] { $formatted } alan
    }
sync-skipped-permission = { $what } okunamadı: site hesabı için { $permission } gerekiyor.
sync-skipped-not-offered = { $what } okunamadı: bu site, bunları listelemek için gereken API'yi sunmuyor.
sync-skipped-names = Bunlar arasında: { $names }
permission-administer-projects = "Projeleri Yönet" proje izni (veya "Jira'yı Yönet")
permission-administer-jira = "Jira'yı Yönet" genel izni
permission-browse-users = "Kullanıcılara ve gruplara göz at" genel izni
permission-desk-agent = hizmet masası temsilcisi veya yöneticisi rolü
permission-view-space = "Görüntüle" alan izni
sync-history = Son senkronizasyonlar
sync-history-started = Başlangıç
sync-history-outcome = Sonuç
sync-history-accounts = Hesaplar
sync-history-requests = İstekler
sync-outcome-running = Çalışıyor
sync-outcome-complete = Tamamlandı
sync-outcome-failed = Başarısız
sync-outcome-cancelled = İptal edildi

## Users
users-title = Kullanıcılar
users-empty-title = Henüz gösterilecek kullanıcı yok
users-empty-body = Kuruluş kullanıcıları, Jira projesi ve Confluence alanı üyeleri ile Jira Service Management müşterileri ilk senkronizasyondan sonra burada görünür.
users-loading = Kullanıcılar yükleniyor…
users-tabs = Hangi kullanıcılar
users-tab-org = Kuruluş kullanıcıları
users-tab-projects = Proje kullanıcıları
users-tab-customers = JSM müşterileri
users-tab-all = Tümü
users-presets = Hızlı görünümler
users-preset-inactive = Hiçbir üründe etkin değil
users-preset-warning = Uyarı
users-preset-overdue = Süresi aşıldı
users-preset-never = Hiç etkin olmamış
users-clear-filters = Filtreleri temizle
users-count = { $count ->
        [one] { $formatted } kullanıcı
       *[other] { $formatted } kullanıcı
    }
users-as-of = { $time } itibarıyla
users-thresholds = · uyarı: { $warning } gün sonra, süre aşımı: { $overdue } gün sonra
users-table-caption = Filtrelerle eşleşen kullanıcılar
users-no-matches = Bu filtrelerle eşleşen kullanıcı yok.
filter-search = Ara
filter-search-placeholder = Ad veya e-posta
filter-type = Hesap türü
filter-product = Ürün
filter-group = Grup
filter-project = Proje veya alan
filter-desk = Hizmet masası veya kuruluş
filter-active-after = Son etkinlik (bu tarih ve sonrası)
filter-active-before = Son etkinlik (bu tarihten önce)
filter-status = Durum
filter-inactivity = Etkinsizlik
filter-any = Herhangi biri
filter-apply = Filtreleri uygula
column-name = Ad
column-email = E-posta
column-status = Durum
column-account-type = Hesap türü
column-products = Ürünler
column-groups = Gruplar
column-last-active = Son etkinlik
column-inactivity = Etkinsizlik
column-added = Kuruluşa eklenme
column-service-desks = Hizmet masaları
column-jsm-organizations = JSM kuruluşları
column-details = Ayrıntılar
columns-choose = Sütunlar
status-active = Etkin
status-suspended = Askıya alındı
status-deactivated = Devre dışı
status-pending = Davet edildi
class-managed = Yönetilen
class-external = Harici
class-customer = Müşteri
class-app = Uygulama
inactivity-active = Yakın zamanda etkin
inactivity-warning = Uyarı
inactivity-overdue = Süresi aşıldı
inactivity-never = Hiç etkin olmamış
never-active = Hiçbir zaman
email-hidden = Kullanıcının gizlilik ayarları nedeniyle gizli
org-admin = Kuruluş yöneticisi
open-in-admin = Atlassian Yönetimi'nde aç
list-more = { $list } +{ $more }
details = Ayrıntılar
details-for = Ayrıntılar: { $name }
details-close = Ayrıntıları kapat
details-missing = Kullanıcı bulunamadı
details-account-id = Hesap kimliği
details-org-admin = Kuruluş yöneticisi
details-scim = Kimlik sağlayıcısı tarafından sağlandı
details-products = Ürünler ve son etkinlik
details-product = Ürün
details-projects = Jira projeleri
details-spaces = Confluence alanları
details-none = Yok
yes = Evet
no = Hayır
select-page = Bu sayfadaki tüm kullanıcıları seç
select-user = Seç: { $name }
selection-count = { $count ->
        [0] Kullanıcı seçilmedi
        [one] { $formatted } kullanıcı seçildi
       *[other] { $formatted } kullanıcı seçildi
    }
select-all-matching = Eşleşen { $formatted } kullanıcının tümünü seç
selection-clear = Seçimi temizle
pager-label = Sayfalar
pager-previous = Önceki
pager-next = Sonraki
pager-position = Sayfa { $page } / { $pages }
pager-size = Sayfa başına satır:
export-matching = Eşleşen kullanıcıları dışa aktar (CSV)
export-selected = Seçili kullanıcıları dışa aktar (CSV)
export-progress = { $total } kullanıcıdan { $done } tanesi dışa aktarılıyor…
export-cancel = Dışa aktarmayı iptal et
export-cancelled = Dışa aktarma iptal edildi.
export-done = { $count ->
        [one] { $formatted } kullanıcı dışa aktarıldı.
       *[other] { $formatted } kullanıcı dışa aktarıldı.
    }

## Formats
format-percent = %{ $value }
format-money = { $amount } { $currency }

## Audit log
audit-title = Denetim günlüğü
audit-empty-title = Henüz denetim kaydı yok
audit-empty-body = Bir yöneticinin burada gerçekleştirdiği her işlem bu günlüğe kaydedilir: kimin yaptığı, ne zaman, kime yönelik olduğu ve Atlassian'ın ne yanıt verdiği.
audit-loading = Denetim günlüğü yükleniyor…
audit-search-placeholder = Yönetici, kullanıcı, işlem, ayrıntılar veya istek kimliği
audit-filter-from = Başlangıç (UTC günü)
audit-filter-to = Bitiş (UTC günü)
audit-filter-admin = Yönetici
audit-filter-action = İşlem
audit-filter-outcome = Sonuç
audit-filter-user = Etkilenen kullanıcı
audit-filter-user-placeholder = Hesap kimliği, ad veya e-posta
audit-count = { $count ->
        [one] { $formatted } kayıt
       *[other] { $formatted } kayıt
    }
audit-no-matches = Bu filtrelerle eşleşen kayıt yok.
audit-table-caption = Denetim günlüğü kayıtları, en yeni önce
audit-column-time = Saat (UTC)
audit-column-admin = Yönetici
audit-column-action = İşlem
audit-column-user = Etkilenen kullanıcı
audit-column-outcome = Sonuç
audit-column-status = Atlassian durumu
audit-column-request = İstek kimliği
audit-column-details = Ayrıntılar
audit-column-entry = Kayıt
audit-entry-open = { $seq } numaralı kaydın ayrıntıları
audit-entry-title = Kayıt #{ $seq }
audit-job = İş { $id }
audit-export = CSV olarak dışa aktar
audit-export-progress = { $total } kayıttan { $done } tanesi dışa aktarılıyor…
audit-export-done = { $count ->
        [one] { $formatted } kayıt dışa aktarıldı.
       *[other] { $formatted } kayıt dışa aktarıldı.
    }
audit-chain-broken = Zincir #{ $seq } numaralı kayıtta bozuk: { $reason }
audit-chain-broken-help = Bu kayıt ve sonrasındakiler User Account Manager dışında değiştirilmiş, silinmiş veya eklenmiş olabilir. Veritabanına dokunmayın ve son dışa aktarmanız ya da yedeğinizle karşılaştırın.
audit-chain-unchecked = Karma zinciri denetlenemedi.
audit-checkpoints-missing = İmzalı denetim noktaları eksik: denetim noktası dosyası, bu sunucunun yazdığı #{ $seq } numaralı kaydın denetim noktasını artık içermiyor.
audit-checkpoints-missing-help = Dosya silinmiş, daha eski bir kopyayla değiştirilmiş veya kısaltılmış; bu nedenle bu kayda kadarki kayıtlar artık bir imzayla doğrulanamıyor. Dosyayı kopyanızdan geri yükleyin (sunucunun günlüğü de her denetim noktasını içerir) ve veritabanına dokunmayın.
audit-action-sign_in = Oturum açma
audit-action-sign_out = Oturum kapatma
audit-action-authn_denied = Erişim reddedildi
audit-action-session_ended = Oturum sona erdi
audit-action-local_admin_created = Yerel yönetici oluşturuldu
audit-action-settings_changed = Ayar değiştirildi
audit-action-secret_replaced = Kimlik bilgisi değiştirildi
audit-action-data_exported = Veriler dışa aktarıldı
audit-action-data_deleted = Veriler silindi
audit-action-audit_viewed = Denetim günlüğü görüntülendi
audit-action-audit_export = Denetim günlüğü dışa aktarıldı
audit-action-users_exported = Kullanıcılar dışa aktarıldı
audit-outcome-ok = Başarılı
audit-outcome-denied = Reddedildi
audit-outcome-failed = Başarısız
audit-outcome-intent = Niyet
audit-outcome-skipped = Atlandı
audit-outcome-blocked = Engellendi
audit-action-data_erasure_scheduled = Tüm verilerin silinmesi planlandı
audit-action-data_erasure_cancelled = Planlanan silme iptal edildi
audit-action-audit_pruned = Eski denetim kayıtları kaldırıldı
audit-action-bulk_job_queued = Toplu iş kuyruğa alındı
audit-action-bulk_job_cancel = Toplu işin iptali istendi
audit-action-bulk_job_refused = Toplu iş geri çevrildi
audit-action-bulk_job_ended = Toplu iş sona erdi
audit-action-bulk_deactivate = Toplu devre dışı bırakma
audit-action-bulk_reactivate = Toplu yeniden etkinleştirme
audit-action-bulk_revoke_access = Toplu ürün erişimi kaldırma
audit-action-bulk_assign_access = Toplu ürün erişimi atama
audit-action-bulk_remove_customer = Toplu JSM müşterisi kaldırma
audit-action-bulk_undo_deactivate = Toplu devre dışı bırakma (geri alma)
audit-action-bulk_undo_reactivate = Toplu yeniden etkinleştirme (geri alma)
audit-action-bulk_undo_revoke_access = Toplu ürün erişimi kaldırma (geri alma)
audit-action-bulk_undo_assign_access = Toplu ürün erişimi atama (geri alma)
audit-action-bulk_undo_remove_customer = Toplu JSM müşterisi kaldırma (geri alma)
audit-outcome-refused = Geri çevrildi
audit-outcome-unknown = Sonuç bilinmiyor
audit-outcome-not_sent = Gönderilmedi
audit-outcome-reread = Yeniden okunarak doğrulandı
audit-outcome-queued = Sırada
audit-outcome-running = Çalışıyor
audit-outcome-cancelling = İptal ediliyor
audit-outcome-cancelled = İptal edildi
audit-outcome-finished = Tamamlandı
audit-csv-seq = Kayıt
audit-csv-time = Saat (UTC)
audit-csv-actor = Yönetici kimliği
audit-csv-actor-name = Yönetici adı
audit-csv-auth-via = Oturum açma yöntemi
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira paneli kurulumu
audit-csv-action = İşlem
audit-csv-target = Hedef
audit-csv-target-name = Etkilenen kullanıcının adı
audit-csv-target-email = Etkilenen kullanıcının e-postası
audit-csv-outcome = Sonuç
audit-csv-atlassian-status = Atlassian durumu
audit-csv-request-id = İstek kimliği
audit-csv-job-id = İş
audit-csv-details = Ayrıntılar
audit-csv-prev-hash = Önceki karma
audit-csv-hash = Karma
audit-filter-source = Kaynak
audit-source-both = Bu uygulama ve Atlassian
audit-source-app = Bu uygulama
audit-source-atlassian = Atlassian
audit-atlassian-note = Atlassian tarafından bildirildi; bu uygulamanın karma zincirinin parçası değildir.
audit-event-open = Atlassian olayı { $seq } ayrıntıları
audit-event-title = Atlassian olayı no. { $seq }
audit-csv-source = Kaynak
audit-csv-event-id = Atlassian olay kimliği
audit-csv-ip = IP adresi
audit-csv-product = Ürün
audit-action-user_deactivated = Kullanıcı devre dışı bırakıldı
audit-action-user_reactivated = Kullanıcı yeniden etkinleştirildi
audit-action-user_access_suspended = Kullanıcının erişimi askıya alındı
audit-action-user_access_restored = Kullanıcının erişimi geri yüklendi
audit-action-user_added_to_group = Kullanıcı gruba eklendi
audit-action-user_removed_from_group = Kullanıcı gruptan çıkarıldı
audit-action-group_granted_role = Gruba ürün rolü verildi
audit-action-group_revoked_role = Gruptan ürün rolü geri alındı
audit-action-user_granted_role = Kullanıcıya ürün rolü verildi
audit-action-user_revoked_role = Kullanıcıdan ürün rolü geri alındı
audit-action-added_org_admin = Kuruluş yöneticisi eklendi
audit-action-removed_org_admin = Kuruluş yöneticisi kaldırıldı
audit-action-service_desk_customer_added = Hizmet masası müşterisi eklendi
audit-action-service_desk_customer_removed = Hizmet masası müşterisi kaldırıldı
audit-action-project_role_actor_added = Proje rolüne eklendi
audit-action-project_role_actor_removed = Proje rolünden çıkarıldı

## Settings
settings-title = Ayarlar


settings-api-key-docs = Admin API anahtarı nasıl oluşturulur?

## Not found
not-found-title = Sayfa bulunamadı
not-found-body = Bu adreste bir sayfa yok. Bağlantı yanlış yazılmış veya sayfa taşınmış olabilir.
not-found-action = Panoya git

## Demo mode
demo-badge = Demo kuruluş
demo-banner = { $org } simüle edilmiş bir kuruluştur; gönül rahatlığıyla keşfedebilirsiniz: buradaki hiçbir şey gerçek bir Atlassian hesabını etkilemez.
demo-connect = Kuruluşunuzu bağlayın

## Errors a request can end in
error-unauthorized = Oturumunuz sona erdi. Devam etmek için yeniden oturum açın.
error-forbidden = Bunu yalnızca kuruluş yöneticileri yapabilir.
error-not-found = Bu öğe artık mevcut değil. Atlassian'da kaldırılmış olabilir.
error-invalid-input = Girdiğiniz bilgilerin bir kısmı geçerli değil. Vurgulanan alanları kontrol edin.
error-atlassian-unavailable = Atlassian şu anda yanıt vermiyor. Birkaç dakika sonra yeniden deneyin.
error-sync-running = Zaten bir senkronizasyon çalışıyor. Bitmesini bekleyin veya önce iptal edin.
error-no-snapshot = Henüz hiçbir şey senkronize edilmedi. İlk senkronizasyon kendiliğinden başlar; birkaç dakika sürebilir.
error-transport = Sunucuya ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.
error-internal = Sunucuda bir sorun oluştu. Ayrıntılar sunucu günlüğündedir.
error-payload-too-large = Bu istek sunucunun kabul ettiğinden büyük olduğu için hiçbir işlem yapılmadı. Tek seferde daha az gönderin, örneğin daha az girdi.
error-timeout = Sunucu bu isteği çok uzun sürdüğü için durdurdu. Birazdan yeniden deneyin veya tek seferde daha az isteyin.

## CSV export column headers
csv-name = Ad
csv-email = E-posta
csv-status = Durum
csv-account-type = Hesap türü
csv-products = Ürünler
csv-product-last-active = Ürün başına son etkinlik
csv-last-active = Son etkinlik
csv-groups = Gruplar
csv-inactivity = Etkinsizlik
csv-service-desks = Hizmet masaları
csv-jsm-organizations = JSM kuruluşları

## Signing in
login-title = Oturum aç
login-intro = User Account Manager'ı yalnızca kuruluş yöneticileri kullanabilir.
login-atlassian = Atlassian ile oturum aç
login-demo-admins = Bu demoda aşağıdaki simüle edilmiş hesaplar kuruluş yöneticisidir. Simüle edilmiş Atlassian oturum açma sayfasında bunlardan birini seçin; diğer tüm hesaplar reddedilir.
login-local-title = Yerel yönetici hesabı
login-login = Kullanıcı adı
login-password = Parola
login-totp = Kimlik doğrulayıcı kodu
login-totp-hint = Yalnızca hesabınız bir kimlik doğrulayıcı uygulaması kullanıyorsa.
login-submit = Oturum aç
login-setup-pending = Henüz yerel yönetici hesabı yok. Sunucu başlatılırken ilk hesabı oluşturan tek kullanımlık bir kurulum bağlantısı yazdırdı; uam admin create komutu da aynı işi yapar.
login-signed-out = Oturumunuz kapatıldı.
login-refused-title = Oturum açma reddedildi
login-back = Oturum açma sayfasına dön
login-error-invalid = Kullanıcı adı, parola veya kimlik doğrulayıcı kodu yanlış.
login-error-locked = Çok fazla başarısız deneme. 15 dakika bekleyip yeniden deneyin.
login-error-totp = Kimlik doğrulayıcı kodu eksik veya yanlış.
login-error-not-admin = Bu Atlassian hesabı bu kuruluşun yöneticisi değil veya bu sunucuyu kullanmasına izin verilen yöneticiler listesinde yok.
login-error-unavailable = Şu anda oturum açılamıyor: Atlassian veya sunucunun veritabanı yanıt vermedi. Bir dakika sonra yeniden deneyin.
login-error-state = Bu oturum açma işleminin süresi dolmuş, daha önce kullanılmış veya başka bir tarayıcıda başlatılmış. Oturum açma sayfasından yeniden başlayın.
login-error-setup-link = Bu kurulum bağlantısının süresi dolmuş veya bağlantı daha önce kullanılmış. Yenisini yazdırmak için sunucuyu yeniden başlatın ya da uam admin create komutuyla bir yönetici oluşturun.
login-error-setup-input = Alanları kontrol edin: kullanıcı adında boşluk olmamalı, ad doldurulmalı, parola en az 12 karakter olmalı ve iki parola eşleşmelidir.
login-error-expired = Oturumunuz sona erdi. Yeniden oturum açın.

## First-run set-up
setup-title = İlk yönetici hesabını oluşturun
setup-intro = Bu hesap kendi parolasıyla oturum açar. Bunu acil durum hesabı olarak saklayın: Atlassian bağlantısı kurulduktan sonra kuruluş yöneticileri Atlassian ile oturum açar.
setup-login = Kullanıcı adı (e-posta adresi veya kısa bir ad)
setup-name = Adınız
setup-password = Parola (en az 12 karakter)
setup-password-again = Parola (tekrar)
setup-totp-title = Kimlik doğrulayıcı uygulaması
setup-totp-optional = Önerilir: bu kodu bir kimlik doğrulayıcı uygulamasıyla tarayın ve uygulamanın gösterdiği kodu girin. Atlamak için kodu boş bırakın.
setup-totp-required = Bu sunucu kimlik doğrulayıcı uygulaması gerektirir: bu kodu bir uygulamayla tarayın ve gösterilen kodu girin.
setup-totp-key = Veya bu anahtarı elle girin:
setup-totp-qr = Kimlik doğrulayıcı uygulaması için QR kodu
setup-totp-code = Uygulamadaki kod
setup-submit = Hesabı oluştur ve oturum aç

## The signed-in admin
account-via-local = Yerel hesap
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = Jira üzerinden
account-sign-out = Oturumu kapat

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = User Account Manager açılıyor…
embed-expired = Bu panelin oturumu sona erdi. Devam etmek için User Account Manager'ı Jira yönetiminden yeniden açın.
embed-refused = User Account Manager'ı Jira'da yalnızca bu kuruluşun yöneticileri kullanabilir; bunun için de sunucunun hesaplarına izin vermesi gerekir.
embed-unavailable = User Account Manager şu anda erişiminizi doğrulayamıyor: Atlassian veya sunucu yanıt vermedi. Bir dakika sonra yeniden deneyin.

## Settings page
settings-saved = Kaydedildi.
settings-save = Kaydet
settings-set-by-env = Ortam tarafından ayarlandı; sunucunun yapılandırıldığı yerden değiştirin.
settings-connection-title = Atlassian bağlantısı
settings-connection-demo = Simüle edilmiş demo kuruluşu { $org } gösteriliyor. Kendi kuruluşunuzu aşağıdan bağlayın.
settings-connection-env = Bağlı kuruluş: { $org } (sunucu ortamı tarafından yapılandırıldı).
settings-connection-saved = Bağlı kuruluş: { $org }.
settings-connection-pending = Kaydedilen bağlantı, sunucu bir sonraki başlatılışından itibaren kullanılır. Bu kuruluşa bağlanmak için sunucuyu yeniden başlatın.
settings-admin-key = Admin API anahtarı
settings-key-placeholder = Kayıtlı anahtarı değiştirmek için yeni bir anahtar yapıştırın
settings-key-write-only = Yalnızca yazılabilir: anahtar şifrelenmiş olarak saklanır ve bir daha gösterilmez.
settings-key-expiry = Anahtarın son kullanma tarihi
settings-key-expires = Son kullanma tarihi: { $date }.
settings-key-expires-soon = Son kullanma tarihi: { $date } ({ $days } gün kaldı). Bu tarihten önce Atlassian'da yeni bir anahtar oluşturup buraya yapıştırın.
settings-key-expired = Süresi doldu: { $date }. Yeni bir anahtar kaydedilene kadar senkronizasyonlar ve işlemler başarısız olur.
settings-secret-set = sonu …{ $hint }, ayarlayan: { $by }, { $at }
settings-secret-unset = ayarlanmadı
settings-org = Kuruluş kimliği
settings-find-orgs = Kuruluşları bul
settings-site-title = Jira, Confluence ve Jira Service Management
settings-site-body = Proje rolleri, alan üyeleri, müşteriler ve Jira lisansları, bir hesabın e-posta adresi ve API belirteciyle site üzerinden okunur.
settings-site-url = Site URL'si
settings-site-email = Hesap e-postası
settings-site-token = API belirteci
settings-site-token-again = Site URL'sini veya e-postayı her değiştirdiğinizde belirteci yeniden girin.
settings-test-connection = Bağlantıyı test et
settings-check-admin-key = Admin API anahtarı
settings-check-org = Kuruluş
settings-check-directory = Kullanıcılar ve gruplar
settings-check-site = Site
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = reddedildi: anahtar veya belirteç yanlış, süresi dolmuş ya da iptal edilmiş
settings-check-outcome-forbidden = reddedildi: kimlik bilgisinin bunun için gereken izni (kapsamı) yok
settings-check-outcome-not-found = bulunamadı: kuruluş kimliğini veya site URL'sini kontrol edin
settings-check-outcome-unreachable = Atlassian yanıt vermedi; daha sonra yeniden deneyin
settings-check-outcome-not-configured = yapılandırılmadı
settings-check-outcome-not-on-site = bu sitede yok (sitede bu ürün bulunmuyor)
settings-prices-title = Lisans fiyatları
settings-prices-body = İsteğe bağlı. Her ürün için bir lisansın aylık maliyetini girin; pano, etkin olmayan kullanıcıların lisanslarının maliyetini gösterir. Bir ürünü hesaba katmamak için boş bırakın.
settings-currency = Para birimi (USD veya EUR gibi ISO kodu)
settings-thresholds-title = Etkinsizlik eşikleri
settings-thresholds-body = Uyarı eşiğinden daha uzun süre etkinliği olmayan kullanıcı "uyarı", süre aşımı eşiğinden daha uzun süre etkinliği olmayan kullanıcı "süresi aşıldı" olarak işaretlenir. Süre aşımı eşiği, uyarı eşiğinden uzun olmalıdır.
settings-warning-days = Uyarı eşiği (gün)
settings-overdue-days = Süre aşımı eşiği (gün)
settings-protected-title = Korunan hesaplar
settings-protected-body = Toplu işlemler bu hesapları hiçbir zaman devre dışı bırakmaz veya erişimlerini kaldırmaz. E-posta adreslerini, *@example.com biçiminde tüm alan adlarını veya Atlassian hesap kimliklerini girin. Kuruluş yöneticileri ve siz her zaman korunursunuz.
settings-protected-add = Adres, alan adı veya hesap kimliği ekleyin (virgül, boşluk veya satır sonuyla ayırarak birden fazlasını yapıştırabilirsiniz)
settings-protected-add-button = Ekle
settings-protected-search = Korunan hesaplarda ara
settings-protected-count = { $count ->
    [one] { $count } korunan kayıt
   *[other] { $count } korunan kayıt
}
settings-protected-remove = Kaldır
settings-schedule-title = Senkronizasyon zamanlaması ve denetim kaydı saklama
settings-sync-interval = Senkronizasyonlar arası süre (saat)
settings-sync-interval-hint = 0 planlı senkronizasyonları kapatır; "Şimdi senkronize et" yine çalışır.
settings-retention = Denetim kayıtlarını saklama süresi (gün)
settings-retention-hint = En az 180 gün (Atlassian'ın kendi denetim günlüğü kadar), en fazla 3650; 0 kayıtları süresiz saklar.
error-invalid-entries = Bu girdiler e-posta adresi veya *@alanadı biçiminde değil, bu nedenle hiçbir şey kaydedilmedi:
settings-data-title = Verileriniz
settings-data-export-body = User Account Manager'ın sakladığı her şeyi tek bir arşiv olarak indirin: ayarlar (gizli bilgiler hariç), yerel yönetici hesapları (parolalar hariç), senkronizasyon geçmişi, denetim günlüğü ve kullanıcılarınızın güncel anlık görüntüsü. Dışa aktarma denetim günlüğüne kaydedilir.
settings-data-export = Tümünü dışa aktar
settings-data-delete-body = User Account Manager'ın sakladığı her şeyi silin: ayarlar, kayıtlı anahtar ve belirteç, yerel yönetici hesapları, oturumlar, anlık görüntüler ve denetim günlüğü. Atlassian'da hiçbir şey değişmez. Bu işlem geri alınamaz; verilere ihtiyacınız olabilecekse önce dışa aktarın.
settings-data-delete-confirm = Onaylamak için DELETE yazın
settings-data-delete = Tümünü sil
settings-data-not-confirmed = Hiçbir şey silinmedi: onaylamak için tam olarak DELETE yazın.
settings-data-sync-running = Hiçbir şey silinmedi: bir senkronizasyon çalışıyor. İptal edin veya bitmesini bekleyin, ardından yeniden deneyin.
settings-data-export-failed = Dışa aktarma başarısız oldu. Ayrıntılar sunucu günlüğündedir.
settings-data-delete-failed = Silme başarısız oldu; hiçbir şey silinmedi. Ayrıntılar sunucu günlüğündedir.
error-reauth-failed = Parola veya kimlik doğrulama kodu doğru değil. Hiçbir şey zamanlanmadı.
error-reauth-stale = Önce siz olduğunuzu doğrulayın: Atlassian ile yeniden oturum açın, ardından 5 dakika içinde silin.
error-panel-refused = Bu, Jira panelinden yapılamaz. User Account Manager'ı kendi tarayıcı sekmesinde açın.
error-erasure-pending = Tüm verilerin silinmesi zaten zamanlandı. Önce iptal edin veya çalışmasını bekleyin.
settings-data-delete-delay = Hiçbir şey hemen silinmez: silme işlemi, onayınızdan { $hours } saat sonra çalışır. O zamana kadar tüm yöneticiler bunu panoda görür ve iptal edebilir. Silinen denetim günlüğünün imzalı bir kaydı saklanır.
settings-data-reauth-atlassian = Atlassian ile 5 dakikadan uzun süre önce oturum açtınız. Siz olduğunuzu doğrulamak için yeniden oturum açın, ardından 5 dakika içinde silin.
settings-data-reauth-fresh = Atlassian ile 5 dakikadan kısa süre önce oturum açtınız; bu, siz olduğunuzu doğrular.
settings-data-scheduled = Tüm verilerin silinmesi zamanlandı. Çalışana kadar herhangi bir yönetici bunu burada veya panoda iptal edebilir.
erasure-title = Tüm veriler silinecek
erasure-body = { $name }, { $scheduled } tarihinde User Account Manager'ın sakladığı her şeyin, denetim günlüğü dahil, silinmesini zamanladı. Bir yönetici iptal etmezse { $due } tarihinde çalışacak.
erasure-cancel = Silmeyi iptal et
erasure-cancelled = Silme iptal edildi. Hiçbir şey silinmedi.
erasure-cancel-failed = Silme iptal edilemedi. Ayrıntılar sunucu günlüğündedir.
login-deleted = Her şey silindi. Sunucu, ilk yönetici hesabını yeniden oluşturmak için yeni bir kurulum bağlantısı yazdırdı.
error-invalid-org_id = Kuruluş kimliği eksik veya geçersiz: admin.atlassian.com/o/<ID>/… adresindeki kimliktir ve harf, rakam ile kısa çizgilerden oluşur.
error-invalid-admin_api_key = Bir Admin API anahtarı yapıştırın: bu kuruluş için henüz kayıtlı anahtar yok.
error-invalid-site = Site için URL, bir hesap e-postası ve o hesabın API belirteci birlikte gereklidir.
error-invalid-site_url = Site URL'si geçerli değil: https://your-site.atlassian.net biçiminde olmalıdır.
error-invalid-site_host = Yalnızca https://your-site.atlassian.net siteleri kabul edilir: API belirteci başka hiçbir ana bilgisayara gönderilmez. Başka bir ana bilgisayara önce sunucunun işletmecisi izin vermelidir (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Yeni bir site URL'si veya hesap e-postası, API belirtecinin yeniden girilmesini gerektirir: o hesabın bu site için belirtecini yapıştırın.
error-invalid-site_email = Hesap e-postası geçerli bir e-posta adresi değil.
error-invalid-thresholds = Her iki eşik de tam sayı olarak gün cinsinden olmalı ve süre aşımı eşiği uyarı eşiğinden uzun olmalıdır.
error-invalid-schedule = Tam sayı girin: senkronizasyonlar arası saat ve denetim günlüğünün saklanacağı gün.
error-invalid-sync_interval_hours = Senkronizasyonlar arası süre 0 (kapalı) veya 1 ile 168 saat arasında olmalıdır.
error-invalid-audit_retention_days = Denetim kayıtlarını 0 gün (süresiz) veya 180 ile 3650 gün arasında saklayın.
error-invalid-seat_prices = Üç harfli bir para birimi kodu ve 0 ile 100000 arasında fiyatlar girin; rakam ve ondalık ayırıcı olarak nokta kullanın.
login-atlassian-off = Bu sunucuda Atlassian ile oturum açma ayarlanmamış. Sunucu yöneticisi bunu bir OAuth uygulamasıyla (UAM_OAUTH_CLIENT_ID ve UAM_OAUTH_CLIENT_SECRET) ayarlayabilir; o zamana kadar yerel bir yönetici hesabıyla oturum açın.

## Bulk actions
bulk-title = Toplu işlem
bulk-undo-title = Bu işi geri al
bulk-actions = İşlemler…
bulk-actions-user = Bu kullanıcı için işlemler…
bulk-choose = Yapılacak işlem
bulk-action-deactivate = Devre dışı bırak
bulk-action-reactivate = Yeniden etkinleştir
bulk-action-revoke_access = Ürün erişimini kaldır
bulk-action-assign_access = Ürün erişimi ver
bulk-action-remove_customer = JSM müşterilerini kaldır
bulk-every-desk = tüm hizmet masaları
bulk-products = Ürünler
bulk-desks = Hizmet masaları
bulk-desks-hint = Müşterileri bulundukları tüm hizmet masalarından kaldırmak için hiçbirini seçmeyin.
bulk-check = Kimleri etkileyeceğini kontrol et
bulk-cancel = İptal
bulk-checking = Her kullanıcı Atlassian'da kontrol ediliyor…
bulk-starting = İş başlatılıyor…
bulk-count-changing = { $count ->
        [one] { $formatted } kullanıcı değişecek
       *[other] { $formatted } kullanıcı değişecek
    }
bulk-count-already = { $count ->
        [one] { $formatted } kullanıcı zaten bu durumda
       *[other] { $formatted } kullanıcı zaten bu durumda
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } kullanıcı değiştirilemiyor
       *[other] { $formatted } kullanıcı değiştirilemiyor
    }
bulk-how = Nasıl yapılacak
bulk-method-disable_account = { $count ->
        [one] { $formatted } hesap devre dışı bırakılacak (kuruluş tarafından yönetiliyor: kullanıcı yönetimi yaşam döngüsü API'si)
       *[other] { $formatted } hesap devre dışı bırakılacak (kuruluş tarafından yönetiliyor: kullanıcı yönetimi yaşam döngüsü API'si)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } hesap yeniden etkinleştirilecek (kuruluş tarafından yönetiliyor: kullanıcı yönetimi yaşam döngüsü API'si)
       *[other] { $formatted } hesap yeniden etkinleştirilecek (kuruluş tarafından yönetiliyor: kullanıcı yönetimi yaşam döngüsü API'si)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } kullanıcı kuruluşa erişimini kaybedecek (askıya alma: hesap kuruluş tarafından yönetilmiyor)
       *[other] { $formatted } kullanıcı kuruluşa erişimini kaybedecek (askıya alma: hesaplar kuruluş tarafından yönetilmiyor)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } kullanıcı kuruluşa erişimini geri kazanacak (geri yükleme: hesap kuruluş tarafından yönetilmiyor)
       *[other] { $formatted } kullanıcı kuruluşa erişimini geri kazanacak (geri yükleme: hesaplar kuruluş tarafından yönetilmiyor)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } kullanıcı, ürün erişimi veren gruplardan çıkarılacak
       *[other] { $formatted } kullanıcı, ürün erişimi veren gruplardan çıkarılacak
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } kullanıcı, ürün erişimi veren bir gruba eklenecek
       *[other] { $formatted } kullanıcı, ürün erişimi veren bir gruba eklenecek
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } kullanıcı, doğrudan sahip olduğu ürün rolünü kaybedecek
       *[other] { $formatted } kullanıcı, doğrudan sahip olduğu ürün rolünü kaybedecek
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } kullanıcıya ürün rolü doğrudan verilecek
       *[other] { $formatted } kullanıcıya ürün rolü doğrudan verilecek
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } müşteri hizmet masalarından kaldırılacak
       *[other] { $formatted } müşteri hizmet masalarından kaldırılacak
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } müşteri hizmet masalarına yeniden eklenecek
       *[other] { $formatted } müşteri hizmet masalarına yeniden eklenecek
    }
bulk-nothing = Değiştirilecek bir şey yok: seçilen tüm kullanıcılar zaten bu durumda veya değiştirilemiyor.
bulk-skipped = Dokunulmayanlar
bulk-skipped-more = …ve { $count } tane daha.
bulk-reason = Neden
bulk-type-to-confirm = Onaylamak için { $count } yazın
bulk-presets = Temizlik işlemleri
bulk-preset-overdue = Süresi aşılan herkesi devre dışı bırak
bulk-preset-revoke = { $days } gündür { $product } ürününde etkin olmayan kullanıcıların erişimini kaldır
bulk-skip-already_done = Zaten bu durumda
bulk-skip-protected = Ayarlar'da korunuyor
bulk-skip-org_admin = Kuruluş yöneticisi: toplu işlemler hiçbir zaman değiştirmez
bulk-skip-acting_admin = Kendi hesabınız: kendi toplu işlemleriniz hiçbir zaman değiştirmez
bulk-skip-identity_provider = Bu hesabın erişimini yöneten kimlik sağlayıcısı (SCIM) tarafından sağlandı
bulk-skip-lookup_failed = Bu kullanıcının güncel durumu Atlassian'dan sorgulanamadığı için risk alınmadı
bulk-skip-not_found = Atlassian bu hesabı artık tanımıyor
bulk-skip-not_applicable = Bu işlem bu tür hesaplara uygulanmaz
bulk-skip-no_way = Erişim, bu ürünün değiştiremeyeceği bir kaynaktan geliyor
bulk-skip-direct_role_unavailable = Doğrudan atanmış ve bu kuruluş Atlassian'ın doğrudan ürün rolleri API'sini (sınırlı kullanılabilirlik) sunmuyor, bu yüzden hiçbir risk alınmadı
bulk-step-disable_account = Hesap devre dışı bırakıldı
bulk-step-enable_account = Hesap yeniden etkinleştirildi
bulk-step-suspend = Kuruluşa erişim askıya alındı
bulk-step-restore = Kuruluşa erişim geri yüklendi
bulk-step-leave_group = Gruptan çıkarıldı: { $object }
bulk-step-join_group = Gruba eklendi: { $object }
bulk-step-revoke_role = Rol kaldırıldı: { $object }
bulk-step-assign_role = Rol atandı: { $object }
bulk-step-remove_customer = Müşterilikten kaldırıldı: { $object }
bulk-step-add_customer = Müşteri olarak eklendi: { $object }

## Jobs
nav-jobs = İşler
jobs-title = İşler
jobs-intro = Toplu işlemler sunucuda iş olarak çalışır: sekmeyi kapattığınızda devam ederler, tüm yöneticiler tarafından görülürler ve aynı anda yalnızca biri çalışırken diğerleri sırasını bekler.
jobs-loading = İşler yükleniyor…
jobs-empty-title = Henüz iş yok
jobs-empty-body = Kullanıcılar sayfasından veya panodan başlatılan toplu işlemler, ilerlemeleri ve her kullanıcının sonucuyla birlikte burada görünür.
jobs-caption = Toplu işlem işleri, en yeni önce
job-title = İş
job-back = Tüm işler
job-loading = İş yükleniyor…
job-action = İşlem
job-state = Durum
job-progress = İlerleme
job-started-by = Başlatan
job-created = Oluşturulma
job-started = Başlangıç
job-finished = Bitiş
job-counts = { $total } kullanıcıdan { $done } tamamlandı, { $skipped } atlandı, { $failed } başarısız
job-count-done = { $formatted } tamamlandı
job-count-skipped = { $formatted } atlandı
job-count-failed = { $formatted } başarısız
job-count-unknown = { $formatted } kesintiye uğradı, sonuç bilinmiyor
job-count-cancelled = { $formatted } işlenmedi (iptal edildi)
job-count-pending = { $formatted } bekliyor
job-waiting = Atlassian hız sınırı nedeniyle { $time } saatine kadar bekleniyor
job-queue-position = { $count ->
        [0] Sırada: sıradaki iş
        [one] Sırada: önünde { $count } iş var
       *[other] Sırada: önünde { $count } iş var
    }
job-undo-of = Bu iş, önceki bir işi geri alır.
job-open-original = Özgün işi aç
job-undone-by = Bu iş geri alındı.
job-open-undo = Geri alma işini aç
job-undone-by-short = geri alındı
job-error = Erken durduruldu:
job-stopped-panic = dahili bir hata bu işi durdurdu. Henüz sırası gelmeyen kullanıcılar değiştirilmedi.
job-stopped-not-admin = işi başlatan yönetici artık bu sunucuyu kullanmasına izin verilen bir kuruluş yöneticisi değil, bu yüzden iş reddedildi.
job-stopped-admin-unconfirmed = Atlassian, işi başlatan yöneticinin hâlâ kuruluş yöneticisi olduğunu doğrulayamadı, bu yüzden iş reddedildi.
job-cancel = İşi iptal et
job-undo = Bu işi geri al
job-results = Kullanıcı başına sonuçlar
job-filter = Göster
job-filter-all = Tümü
job-item-state = Sonuç
job-steps = Adımlar
job-outcome = Neden ve Atlassian'ın yanıtı
job-no-items = Bu durumda kullanıcı yok.
job-atlassian-status = Atlassian'ın yanıtı: { $status }
job-request-id = İstek kimliği
job-state-queued = Sırada
job-state-running = Çalışıyor
job-state-cancelling = İptal ediliyor
job-state-cancelled = İptal edildi
job-state-finished = Tamamlandı
job-state-failed = Başarısız
job-item-pending = Bekliyor
job-item-running = Devam ediyor
job-item-done = Tamamlandı
job-item-skipped = Atlandı
job-item-failed = Başarısız
job-item-unknown = Sonuç bilinmiyor
job-item-cancelled = İptal edildi

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian zamanında yanıt vermedi. Biraz sonra yeniden deneyin.
error-invalid-admin_api_key_refused = Atlassian bu anahtarı reddetti: anahtar yanlış, süresi dolmuş veya iptal edilmiş ya da kuruluşları okuma izni yok. admin.atlassian.com adresinde kontrol edin.
settings-no-answer = Atlassian { $seconds } saniye içinde yanıt vermedi. Biraz sonra yeniden deneyin; tekrarlanırsa Atlassian'da bir sorun olabilir.
settings-finding-orgs = Kuruluşlar aranıyor…
settings-orgs-found = Bu anahtarın gördüğü kuruluşlar: { $count }. Kuruluş kimliği alanında birini seçin.
settings-orgs-none = Bu anahtar hiçbir kuruluşu görmüyor. Kişisel bir API belirteci değil, kuruluşun Admin API anahtarı olduğundan emin olun.
settings-checking = Atlassian bağlantısı denetleniyor…
settings-check-col-check = Denetim
settings-check-col-result = Sonuç
settings-check-col-detail = Anlamı
settings-check-result-ok = Çalışıyor
settings-check-result-unused = Kullanılmıyor
settings-check-result-failed = İlgilenilmeli
settings-check-ok-detail = Atlassian kimlik bilgilerini kabul etti ve yanıt verdi.
settings-check-status = Destek için Atlassian yanıtı: HTTP { $status }
settings-check-summary = Çalışan denetimler: { $total } denetimden { $working }.
settings-check-outcome-timeout = { $seconds } saniye içinde yanıt yok: Atlassian yavaş veya erişilemez olabilir; birkaç dakika sonra yeniden deneyin
settings-check-outcome-rate-limited = Atlassian şu anda istekleri sınırlıyor (kısa sürede çok fazla istek); bir dakika sonra yeniden deneyin
settings-check-outcome-server-error = Atlassian tarafında bir sorun oluştu ve yanıt veremedi; daha sonra yeniden deneyin
settings-check-outcome-rejected = Atlassian gönderilen isteği reddetti; ayrıntılar sunucu günlüğünde
settings-nav-label = Ayarların bölümleri
settings-danger-title = Tehlikeli bölge
settings-danger-unlock = DELETE yazıldığında düğme etkinleşir.

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Günlüğü görüntülemelerimi göster
audit-views-hidden = Günlüğü kendi görüntülemeleriniz, gizlenen: { $formatted }.
audit-views-show = Göster
audit-chain-verified-through = Zincir #{ $last } numaralı kayda kadar doğrulandı, son imzalı denetim noktası #{ $seq }, { $time }.
audit-chain-verified-through-unsigned = Zincir #{ $last } numaralı kayda kadar doğrulandı, henüz imzalı denetim noktası yok.
audit-job-titled = { $title } · iş { $id }
audit-csv-details-json = Ayrıntılar (JSON)
audit-say-via-local = Yerel hesapla oturum açtı.
audit-say-via-atlassian = Atlassian ile oturum açtı.
audit-say-via-forge = Jira panelinden oturum açtı.
audit-say-refused = Reddedildi: { $reason }
audit-say-attempts = Başarısız denemeler: { $count }, başlangıç: { $since }.
audit-say-from = Adres: { $address }.
audit-say-session-ended = Yönetici artık kuruluş yöneticisi olmadığından oturum kapatıldı.
audit-say-totp-on = Parola ve doğrulayıcı koduyla oturum açar.
audit-say-totp-off = Yalnızca parolayla oturum açar.
audit-say-setting = { $setting } değiştirildi: { $before } → { $after }.
audit-say-secret = { $setting } değiştirildi: eskisi { $before } ile bitiyordu, yenisi { $after } ile bitiyor.
audit-say-secret-first = { $setting } ayarlandı: { $after } ile bitiyor.
audit-say-nothing = hiçbiri
audit-say-yes = evet
audit-say-no = hayır
audit-say-data-exported = Her şey dışa aktarıldı: kullanıcılar: { $users }, boyut: { $size } KB.
audit-say-data-deleted = Saklanan her şey silindi; günlük burada yeniden başlıyor.
audit-say-erasure-times = Planlanma: { $scheduled }, uygulanma: { $due }.
audit-say-erasure-due = Bir yönetici iptal etmezse her şey { $due } tarihinde silinecek.
audit-say-erasure-cancelled = { $by } tarafından { $due } için planlanan silme iptal edildi.
audit-say-viewed = Günlük görüntülendi.
audit-say-filter = Filtreler: { $filter }.
audit-say-audit-export = Dışa aktarılan kayıtlar: { $count }.
audit-say-pruned = Saklama ayarına göre kaldırılan kayıtlar: { $count }, tümü { $cutoff } öncesine ait; sonuncusu #{ $seq }.
audit-say-users-exported = Kullanıcılar tablosunun bir görünümünden dışa aktarılan kullanıcılar: { $count }.
audit-say-users-selected = Dışa aktarılan seçili kullanıcılar: { $count }.
audit-say-job-queued = Plandaki kullanıcılar: { $users }; değişecek: { $changing }; dokunulmayacak: { $skipped }.
audit-say-job-cancel = İşin durması istendi; işlenmekte olan kullanıcılar önce tamamlanır.
audit-say-job-ended = İş sona erdi ({ $state }): { $counts }.
audit-say-step-intent = Atlassian'dan istenmek üzere: { $step }.
audit-say-step-failed = Başarısız ({ $attempt }. deneme): { $step }. Atlassian'ın yanıtı: { $error }
audit-say-reread-yes = Kullanıcı yeniden okununca değişikliğin yapıldığı görüldü.
audit-say-reread-no = Kullanıcı yeniden okununca değişikliğin yapılmadığı görüldü.
audit-say-interrupted = Sunucunun yeniden başlatılmasıyla kesildi, ardından kullanıcı yeniden okunarak netleştirildi.
audit-say-skip-preflight = Ön denetimde dokunulmadı: { $reason }.
audit-say-error = Hata: { $error }
audit-say-exercise = Denetim sözlüğünü sınamak için yazıldı; bu işlemi hiçbir yönetici yapmadı.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Devre dışı bırakma: { $users }
job-title-reactivate = Yeniden etkinleştirme: { $users }
job-title-revoke_access = { $subjects } erişimini kaldırma: { $users }
job-title-assign_access = { $subjects } erişimi verme: { $users }
job-title-remove_customer = Müşterilikten kaldırma ({ $subjects }): { $users }
job-title-add_customer = Müşteri olarak geri ekleme ({ $subjects }): { $users }
job-undo-of-job = { $job } işinin geri alınması
bulk-plan-disable_account = Devre dışı bırak (yönetilen hesap)
bulk-plan-enable_account = Yeniden etkinleştir (yönetilen hesap)
bulk-plan-suspend = Kuruluşa erişimi askıya al
bulk-plan-restore = Kuruluşa erişimi geri ver
bulk-plan-leave_group = Gruptan çıkar: { $object }
bulk-plan-join_group = Gruba ekle: { $object }
bulk-plan-revoke_role = Erişimi kaldır: { $object }
bulk-plan-assign_role = Erişim ver: { $object }
bulk-plan-remove_customer = Müşterilikten kaldır: { $object }
bulk-plan-add_customer = Müşteri olarak geri ekle: { $object }
bulk-changing = Değişecek kullanıcılar
bulk-change = Değişiklik
bulk-search = Ada veya e-postaya göre ara
bulk-search-none = Bu aramayla eşleşen kullanıcı yok.
job-outcome-confirmed = Tamamlandı: Atlassian değişikliği onayladı
job-outcome-refused = Atlassian değişikliği reddetti
job-outcome-unavailable = Atlassian değişikliği şimdilik almadı (meşgul ya da erişilemiyor)
bulk-their-desks = önceki hizmet masaları

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtreler
filters-active = Uygulanan filtreler
filter-chip = { $name }: { $value }
filter-remove = Filtreyi kaldır: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Erişim yok
card-no-access = Oturum açamaz (askıya alınmış veya devre dışı): { $formatted }
column-places = Projeler ve alanlar
csv-places = Projeler ve alanlar (roller)
places-more = +{ $more } daha
export-style = CSV hücreleri
export-style-readable = Okunabilir etiketler
export-style-codes = Betikler için kodlar

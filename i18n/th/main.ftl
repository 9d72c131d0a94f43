## The language's own name, shown in the language picker.
language-name = ไทย

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = ข้ามไปยังเนื้อหา
nav-label = เมนูหลัก
nav-dashboard = แดชบอร์ด
nav-users = ผู้ใช้
nav-audit = บันทึกการตรวจสอบ
nav-settings = การตั้งค่า
prefs-language = ภาษา
prefs-theme = ธีม
prefs-apply = นำไปใช้
theme-system = ธีมของระบบ
theme-light = ธีมสว่าง
theme-dark = ธีมมืด
error-title = เกิดข้อผิดพลาด
error-body = ไม่สามารถแสดงส่วนนี้ของหน้าได้ โปรดโหลดหน้าใหม่เพื่อลองอีกครั้ง หากยังเกิดขึ้นอีก ดูรายละเอียดได้ในบันทึกของเซิร์ฟเวอร์

## Dashboard
dashboard-title = แดชบอร์ด
dashboard-empty-title = ยังไม่มีข้อมูลองค์กร
dashboard-empty-body = เชื่อมต่อองค์กร Atlassian ของคุณในหน้าการตั้งค่า หลังการซิงค์ครั้งแรก แดชบอร์ดนี้จะแสดงผู้ใช้ กิจกรรมของผู้ใช้ และการใช้ไลเซนส์ใน Jira, Confluence และ Jira Service Management
dashboard-empty-action = เปิดการตั้งค่า
dashboard-first-sync-title = กำลังอ่านข้อมูลองค์กรของคุณ
dashboard-first-sync-body = การซิงค์ครั้งแรกกำลังอ่านผู้ใช้ กลุ่ม และสิทธิ์เข้าถึงผลิตภัณฑ์จาก Atlassian ความคืบหน้าแสดงอยู่ด้านบน ตัวเลขจะปรากฏที่นี่ทันทีที่การซิงค์เสร็จสิ้น
dashboard-first-sync-working = กำลังซิงค์…
dashboard-summary = สรุป
card-total = ผู้ใช้ทั้งหมด
card-total-detail = ผู้ใช้ขององค์กร { $org } คน และลูกค้า { $customers } ราย
card-active = ใช้งานเมื่อเร็วๆ นี้
card-active-detail = ผู้ใช้ขององค์กรที่ใช้ผลิตภัณฑ์ใน { $days } วันที่ผ่านมา
card-inactive = ผู้ใช้ที่ไม่ได้ใช้งาน
card-customers = ลูกค้า JSM
threshold-warning = ไม่มีกิจกรรมตั้งแต่ { $days } วันขึ้นไป
threshold-overdue = ไม่มีกิจกรรมตั้งแต่ { $days } วันขึ้นไป
threshold-never = ไม่เคยมีกิจกรรมที่บันทึกไว้เลย
utilisation-title = การใช้ไลเซนส์
utilisation-seats = ใช้ { $used } จาก { $capacity } ที่นั่ง ({ $percent })
utilisation-near = ใกล้เต็มแล้ว: ตรวจสอบผู้ใช้ที่ไม่ได้ใช้งานก่อนซื้อที่นั่งเพิ่ม
utilisation-over = ที่นั่งเต็มทั้งหมดแล้ว: ไม่สามารถให้สิทธิ์เข้าถึงแก่ผู้ใช้ใหม่ได้จนกว่าจะมีที่นั่งว่างหรือซื้อเพิ่ม
products-title = ผลิตภัณฑ์
products-product = ผลิตภัณฑ์
products-users = ผู้ใช้ที่มีสิทธิ์เข้าถึง
products-seats = ที่นั่งที่ใช้
products-cost = ค่าใช้จ่ายรายเดือนของที่นั่งที่ไม่ได้ใช้งาน
products-cost-hint = ป้อนราคาต่อที่นั่งเพื่อดูค่าใช้จ่ายรายเดือนของที่นั่งที่ไม่ได้ใช้งาน
products-cost-set = ตั้งราคาในการตั้งค่า
chart-title = กิจกรรมล่าสุด
chart-intro = ครั้งล่าสุดที่ผู้ใช้ขององค์กรซึ่งบัญชียังใช้งานอยู่ใช้ผลิตภัณฑ์ใดก็ตาม
chart-days = { $from }–{ $to } วัน
chart-more-than = มากกว่า { $days } วัน
chart-table-caption = กิจกรรมล่าสุดของผู้ใช้ขององค์กรซึ่งบัญชียังใช้งานอยู่
chart-last-active = ใช้งานล่าสุด
chart-users = ผู้ใช้
sync-title = การซิงค์
sync-last = ข้อมูล ณ { $time }: { $formatted } { $count ->
       *[other] บัญชี
    }
sync-never = ยังไม่มีการซิงค์ข้อมูล
sync-next = การซิงค์ตามกำหนดการครั้งถัดไป: { $time }
sync-incremental = ตรวจสอบการเปลี่ยนแปลงที่ทำใน Atlassian ล่าสุดเมื่อ { $time }: อัปเดตผู้ใช้ { $formatted } { $count ->
       *[other] คน
    }
sync-incremental-failed = การตรวจสอบการเปลี่ยนแปลงที่ทำใน Atlassian เมื่อ { $time } ล้มเหลว: { $reason }
sync-failed = การซิงค์ที่เริ่มเมื่อ { $time } ล้มเหลว: { $reason }
sync-now = ซิงค์เดี๋ยวนี้
sync-cancel = ยกเลิกการซิงค์
sync-phase-starting = กำลังเริ่ม
sync-phase-collecting = กำลังอ่านข้อมูลจาก Atlassian
sync-phase-indexing = กำลังสร้างสแนปช็อต
sync-items = อ่านแล้ว { $done } บัญชี
sync-items-of = อ่านแล้ว { $done } จากประมาณ { $total } บัญชี
sync-waits = { $requests } คำขอ; รอตามขีดจำกัดอัตราของ Atlassian { $seconds } วินาที
sync-families = ผลิตภัณฑ์ที่อ่าน
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = อ่านครบแล้ว
sync-family-partial = อ่านได้บางส่วน
sync-family-not-on-site = ไม่มีในไซต์นี้
sync-family-not-configured = ไม่ได้อ่าน: ยังไม่ได้กำหนดค่าบัญชีของไซต์
sync-family-stale = ครั้งนี้อ่านไม่ได้ กำลังแสดงข้อมูล ณ { $time } ({ $reason })
sync-family-unread = ยังไม่ได้อ่าน ({ $reason })
sync-part-project = { $count ->
       *[other] { $formatted } โปรเจกต์
    }
sync-part-seats = จำนวนที่นั่งของ Jira
sync-part-group = { $count ->
       *[other] สมาชิกของ { $formatted } กลุ่ม
    }
sync-part-desk = { $count ->
       *[other] ลูกค้าของ { $formatted } เซอร์วิสเดสก์
    }
sync-part-jsm-org = { $count ->
       *[other] สมาชิกของ { $formatted } องค์กร JSM
    }
sync-part-space = { $count ->
       *[other] { $formatted } สเปซ
    }
sync-skipped-permission = อ่าน { $what } ไม่ได้: บัญชีของไซต์ต้องมี{ $permission }
sync-skipped-not-offered = อ่าน { $what } ไม่ได้: ไซต์นี้ไม่มี API ที่ใช้แสดงรายการเหล่านี้
sync-skipped-names = รวมถึง: { $names }
permission-administer-projects = สิทธิ์ “จัดการโปรเจกต์” ในโปรเจกต์เหล่านั้น (หรือ “จัดการ Jira”)
permission-administer-jira = สิทธิ์ส่วนกลาง “จัดการ Jira”
permission-browse-users = สิทธิ์ส่วนกลาง “เรียกดูผู้ใช้และกลุ่ม”
permission-desk-agent = บทบาทเอเจนต์หรือผู้ดูแลระบบของเซอร์วิสเดสก์
permission-view-space = สิทธิ์ “ดู” ในสเปซเหล่านั้น
sync-history = การซิงค์ล่าสุด
sync-history-started = เริ่มเมื่อ
sync-history-outcome = ผลลัพธ์
sync-history-accounts = บัญชี
sync-history-requests = คำขอ
sync-outcome-running = กำลังทำงาน
sync-outcome-complete = เสร็จสมบูรณ์
sync-outcome-failed = ล้มเหลว
sync-outcome-cancelled = ยกเลิกแล้ว

## Users
users-title = ผู้ใช้
users-empty-title = ยังไม่มีผู้ใช้ที่จะแสดง
users-empty-body = ผู้ใช้ขององค์กร สมาชิกโปรเจกต์ Jira และสเปซ Confluence รวมถึงลูกค้า Jira Service Management จะปรากฏที่นี่หลังการซิงค์ครั้งแรก
users-loading = กำลังโหลดผู้ใช้…
users-tabs = ผู้ใช้ที่จะแสดง
users-tab-org = ผู้ใช้ขององค์กร
users-tab-projects = ผู้ใช้โปรเจกต์
users-tab-customers = ลูกค้า JSM
users-tab-all = ทั้งหมด
users-presets = มุมมองด่วน
users-preset-inactive = ไม่ได้ใช้งานในทุกผลิตภัณฑ์
users-preset-warning = เตือน
users-preset-overdue = เกินกำหนด
users-preset-never = ไม่เคยใช้งาน
users-clear-filters = ล้างตัวกรอง
users-count = { $count ->
       *[other] ผู้ใช้ { $formatted } คน
    }
users-as-of = ณ { $time }
users-thresholds = · เตือนหลัง { $warning } วัน เกินกำหนดหลัง { $overdue } วัน
users-table-caption = ผู้ใช้ที่ตรงกับตัวกรอง
users-no-matches = ไม่มีผู้ใช้ที่ตรงกับตัวกรองเหล่านี้
filter-search = ค้นหา
filter-search-placeholder = ชื่อหรืออีเมล
filter-type = ประเภทบัญชี
filter-product = ผลิตภัณฑ์
filter-group = กลุ่ม
filter-project = โปรเจกต์หรือสเปซ
filter-desk = เซอร์วิสเดสก์หรือองค์กรลูกค้า
filter-active-after = ใช้งานล่าสุดตั้งแต่
filter-active-before = ใช้งานล่าสุดก่อน
filter-status = สถานะ
filter-inactivity = การไม่ใช้งาน
filter-any = ทั้งหมด
filter-apply = ใช้ตัวกรอง
column-name = ชื่อ
column-email = อีเมล
column-status = สถานะ
column-account-type = ประเภทบัญชี
column-products = ผลิตภัณฑ์
column-groups = กลุ่ม
column-last-active = ใช้งานล่าสุด
column-inactivity = การไม่ใช้งาน
column-added = เพิ่มเข้าองค์กรเมื่อ
column-service-desks = เซอร์วิสเดสก์
column-jsm-organizations = องค์กร JSM
column-details = รายละเอียด
columns-choose = คอลัมน์
status-active = ใช้งานอยู่
status-suspended = ถูกระงับ
status-deactivated = ปิดใช้งานแล้ว
status-pending = ได้รับเชิญ
class-managed = มีการจัดการ
class-external = ภายนอก
class-customer = ลูกค้า
class-app = แอป
inactivity-active = ใช้งานเมื่อเร็วๆ นี้
inactivity-warning = เตือน
inactivity-overdue = เกินกำหนด
inactivity-never = ไม่เคยใช้งาน
never-active = ไม่เคย
email-hidden = ซ่อนไว้ตามการตั้งค่าความเป็นส่วนตัวของผู้ใช้
org-admin = ผู้ดูแลองค์กร
open-in-admin = เปิดใน Atlassian Administration
list-more = { $list } +{ $more }
details = รายละเอียด
details-for = รายละเอียดของ { $name }
details-close = ปิดรายละเอียด
details-missing = ไม่พบผู้ใช้
details-account-id = ID บัญชี
details-org-admin = ผู้ดูแลระบบองค์กร
details-scim = จัดเตรียมโดยผู้ให้บริการข้อมูลประจำตัว
details-products = ผลิตภัณฑ์และกิจกรรมล่าสุด
details-product = ผลิตภัณฑ์
details-projects = โปรเจกต์ Jira
details-spaces = สเปซ Confluence
details-none = ไม่มี
yes = ใช่
no = ไม่
select-page = เลือกผู้ใช้ทุกคนในหน้านี้
select-user = เลือก { $name }
selection-count = { $count ->
        [0] ยังไม่ได้เลือกผู้ใช้
       *[other] เลือกผู้ใช้แล้ว { $formatted } คน
    }
select-all-matching = เลือกผู้ใช้ที่ตรงกันทั้งหมด { $formatted } คน
selection-clear = ล้างการเลือก
pager-label = หน้า
pager-previous = ก่อนหน้า
pager-next = ถัดไป
pager-position = หน้า { $page } จาก { $pages }
pager-size = แถวต่อหน้า:
export-matching = ส่งออกผู้ใช้ที่ตรงกัน (CSV)
export-selected = ส่งออกผู้ใช้ที่เลือก (CSV)
export-progress = กำลังส่งออกผู้ใช้ { $done } จาก { $total } คน…
export-cancel = ยกเลิกการส่งออก
export-cancelled = ยกเลิกการส่งออกแล้ว
export-done = { $count ->
       *[other] ส่งออกผู้ใช้ { $formatted } คนแล้ว
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = บันทึกการตรวจสอบ
audit-empty-title = ยังไม่มีรายการในบันทึกการตรวจสอบ
audit-empty-body = ทุกการดำเนินการของผู้ดูแลระบบในเครื่องมือนี้จะถูกบันทึกไว้ที่นี่ ได้แก่ ใครเป็นผู้ดำเนินการ เมื่อใด กับผู้ใช้คนใด และ Atlassian ตอบกลับอย่างไร
audit-loading = กำลังโหลดบันทึกการตรวจสอบ…
audit-search-placeholder = ผู้ดูแลระบบ ผู้ใช้ การดำเนินการ รายละเอียด หรือ ID คำขอ
audit-filter-from = ตั้งแต่ (วันตาม UTC)
audit-filter-to = ถึง (วันตาม UTC)
audit-filter-admin = ผู้ดูแลระบบ
audit-filter-action = การดำเนินการ
audit-filter-outcome = ผลลัพธ์
audit-filter-user = ผู้ใช้ที่ได้รับผลกระทบ
audit-filter-user-placeholder = ID บัญชี ชื่อ หรืออีเมล
audit-count = { $count ->
       *[other] { $formatted } รายการ
    }
audit-no-matches = ไม่มีรายการที่ตรงกับตัวกรองเหล่านี้
audit-table-caption = รายการในบันทึกการตรวจสอบ เรียงจากใหม่ไปเก่า
audit-column-time = เวลา (UTC)
audit-column-admin = ผู้ดูแลระบบ
audit-column-action = การดำเนินการ
audit-column-user = ผู้ใช้ที่ได้รับผลกระทบ
audit-column-outcome = ผลลัพธ์
audit-column-status = สถานะจาก Atlassian
audit-column-request = ID คำขอ
audit-column-details = รายละเอียด
audit-column-entry = รายการ
audit-entry-open = รายละเอียดของรายการ { $seq }
audit-entry-title = รายการ #{ $seq }
audit-job = งาน { $id }
audit-export = ส่งออก CSV
audit-export-progress = กำลังส่งออก { $done } จาก { $total } รายการ…
audit-export-done = { $count ->
       *[other] ส่งออก { $formatted } รายการแล้ว
    }
audit-chain-broken = ห่วงโซ่แฮชขาดที่รายการ #{ $seq }: { $reason }
audit-chain-broken-help = รายการตั้งแต่รายการนี้เป็นต้นไปอาจถูกแก้ไข ลบ หรือแทรกจากภายนอก User Account Manager โปรดเก็บฐานข้อมูลไว้ตามสภาพเดิม แล้วเปรียบเทียบกับไฟล์ส่งออกหรือข้อมูลสำรองล่าสุดของคุณ
audit-chain-unchecked = ไม่สามารถตรวจสอบห่วงโซ่แฮชได้
audit-checkpoints-missing = จุดตรวจสอบที่ลงนามหายไป: ไฟล์จุดตรวจสอบไม่มีจุดตรวจสอบของรายการ #{ $seq } ที่เซิร์ฟเวอร์นี้เขียนไว้อีกต่อไป
audit-checkpoints-missing-help = ไฟล์ถูกลบ ถูกแทนที่ด้วยสำเนาที่เก่ากว่า หรือถูกตัดให้สั้นลง จึงไม่สามารถตรวจสอบรายการจนถึงรายการนี้กับลายเซ็นได้อีก โปรดกู้คืนไฟล์จากสำเนาของคุณ (บันทึกของเซิร์ฟเวอร์ก็มีจุดตรวจสอบทุกจุดเช่นกัน) และคงฐานข้อมูลไว้ตามเดิม
audit-action-sign_in = ลงชื่อเข้าใช้
audit-action-sign_out = ออกจากระบบ
audit-action-authn_denied = ปฏิเสธการเข้าถึง
audit-action-session_ended = เซสชันสิ้นสุด
audit-action-local_admin_created = สร้างผู้ดูแลระบบภายใน
audit-action-settings_changed = เปลี่ยนการตั้งค่า
audit-action-secret_replaced = แทนที่ข้อมูลรับรอง
audit-action-data_exported = ส่งออกข้อมูล
audit-action-data_deleted = ลบข้อมูล
audit-action-audit_viewed = ดูบันทึกการตรวจสอบ
audit-action-audit_export = ส่งออกบันทึกการตรวจสอบ
audit-action-users_exported = ส่งออกผู้ใช้
audit-outcome-ok = สำเร็จ
audit-outcome-denied = ถูกปฏิเสธ
audit-outcome-failed = ล้มเหลว
audit-outcome-intent = เจตนา
audit-outcome-skipped = ข้าม
audit-outcome-blocked = ถูกบล็อก
audit-action-data_erasure_scheduled = กำหนดเวลาลบข้อมูลทั้งหมดแล้ว
audit-action-data_erasure_cancelled = ยกเลิกการลบที่กำหนดเวลาไว้แล้ว
audit-action-audit_pruned = นำรายการตรวจสอบเก่าออกแล้ว
audit-action-bulk_job_queued = งานแบบกลุ่มเข้าคิวแล้ว
audit-action-bulk_job_cancel = ขอยกเลิกงานแบบกลุ่มแล้ว
audit-action-bulk_job_refused = งานแบบกลุ่มถูกปฏิเสธ
audit-action-bulk_job_ended = งานแบบกลุ่มสิ้นสุดแล้ว
audit-action-bulk_deactivate = ปิดใช้งานแบบกลุ่ม
audit-action-bulk_reactivate = เปิดใช้งานอีกครั้งแบบกลุ่ม
audit-action-bulk_revoke_access = เพิกถอนสิทธิ์เข้าถึงผลิตภัณฑ์แบบกลุ่ม
audit-action-bulk_assign_access = มอบสิทธิ์เข้าถึงผลิตภัณฑ์แบบกลุ่ม
audit-action-bulk_remove_customer = นำลูกค้า JSM ออกแบบกลุ่ม
audit-action-bulk_undo_deactivate = ปิดใช้งานแบบกลุ่ม (เลิกทำ)
audit-action-bulk_undo_reactivate = เปิดใช้งานอีกครั้งแบบกลุ่ม (เลิกทำ)
audit-action-bulk_undo_revoke_access = เพิกถอนสิทธิ์เข้าถึงผลิตภัณฑ์แบบกลุ่ม (เลิกทำ)
audit-action-bulk_undo_assign_access = มอบสิทธิ์เข้าถึงผลิตภัณฑ์แบบกลุ่ม (เลิกทำ)
audit-action-bulk_undo_remove_customer = นำลูกค้า JSM ออกแบบกลุ่ม (เลิกทำ)
audit-outcome-refused = ไม่ดำเนินการ
audit-outcome-unknown = ไม่ทราบผลลัพธ์
audit-outcome-not_sent = ไม่ได้ส่ง
audit-outcome-reread = ยืนยันโดยการอ่านซ้ำ
audit-outcome-queued = อยู่ในคิว
audit-outcome-running = กำลังทำงาน
audit-outcome-cancelling = กำลังยกเลิก
audit-outcome-cancelled = ยกเลิกแล้ว
audit-outcome-finished = เสร็จสิ้น
audit-csv-seq = รายการ
audit-csv-time = เวลา (UTC)
audit-csv-actor = ID ผู้ดูแลระบบ
audit-csv-actor-name = ชื่อผู้ดูแลระบบ
audit-csv-auth-via = ลงชื่อเข้าใช้ด้วย
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = การติดตั้งพาเนล Jira
audit-csv-action = การดำเนินการ
audit-csv-target = เป้าหมาย
audit-csv-target-name = ชื่อผู้ใช้ที่ได้รับผลกระทบ
audit-csv-target-email = อีเมลผู้ใช้ที่ได้รับผลกระทบ
audit-csv-outcome = ผลลัพธ์
audit-csv-atlassian-status = สถานะจาก Atlassian
audit-csv-request-id = ID คำขอ
audit-csv-job-id = งาน
audit-csv-details = รายละเอียด
audit-csv-prev-hash = แฮชก่อนหน้า
audit-csv-hash = แฮช
audit-filter-source = แหล่งที่มา
audit-source-both = แอปนี้และ Atlassian
audit-source-app = แอปนี้
audit-source-atlassian = Atlassian
audit-atlassian-note = รายงานโดย Atlassian ไม่ได้เป็นส่วนหนึ่งของห่วงโซ่แฮชของแอปนี้
audit-event-open = รายละเอียดเหตุการณ์ Atlassian { $seq }
audit-event-title = เหตุการณ์ Atlassian #{ $seq }
audit-csv-source = แหล่งที่มา
audit-csv-event-id = รหัสเหตุการณ์ Atlassian
audit-csv-ip = ที่อยู่ IP
audit-csv-product = ผลิตภัณฑ์
audit-action-user_deactivated = ปิดใช้งานผู้ใช้แล้ว
audit-action-user_reactivated = เปิดใช้งานผู้ใช้อีกครั้งแล้ว
audit-action-user_access_suspended = ระงับการเข้าถึงของผู้ใช้แล้ว
audit-action-user_access_restored = คืนการเข้าถึงของผู้ใช้แล้ว
audit-action-user_added_to_group = เพิ่มผู้ใช้ในกลุ่มแล้ว
audit-action-user_removed_from_group = นำผู้ใช้ออกจากกลุ่มแล้ว
audit-action-group_granted_role = ให้บทบาทผลิตภัณฑ์แก่กลุ่มแล้ว
audit-action-group_revoked_role = เพิกถอนบทบาทผลิตภัณฑ์จากกลุ่มแล้ว
audit-action-user_granted_role = ให้บทบาทผลิตภัณฑ์แก่ผู้ใช้แล้ว
audit-action-user_revoked_role = เพิกถอนบทบาทผลิตภัณฑ์จากผู้ใช้แล้ว
audit-action-added_org_admin = เพิ่มผู้ดูแลองค์กรแล้ว
audit-action-removed_org_admin = นำผู้ดูแลองค์กรออกแล้ว
audit-action-service_desk_customer_added = เพิ่มลูกค้าเซอร์วิสเดสก์แล้ว
audit-action-service_desk_customer_removed = นำลูกค้าเซอร์วิสเดสก์ออกแล้ว
audit-action-project_role_actor_added = เพิ่มในบทบาทโปรเจกต์แล้ว
audit-action-project_role_actor_removed = นำออกจากบทบาทโปรเจกต์แล้ว

## Settings
settings-title = การตั้งค่า


settings-api-key-docs = วิธีสร้างคีย์ Admin API

## Not found
not-found-title = ไม่พบหน้า
not-found-body = ไม่มีหน้าที่ที่อยู่นี้ ลิงก์อาจพิมพ์ผิด หรือหน้าอาจถูกย้ายไปแล้ว
not-found-action = ไปที่แดชบอร์ด

## Demo mode
demo-badge = องค์กรสาธิต
demo-banner = { $org } เป็นองค์กรจำลอง คุณจึงสำรวจได้อย่างปลอดภัย: ไม่มีสิ่งใดในนี้ส่งผลต่อบัญชี Atlassian จริง
demo-connect = เชื่อมต่อองค์กรของคุณ

## Errors a request can end in
error-unauthorized = เซสชันของคุณสิ้นสุดแล้ว โปรดลงชื่อเข้าใช้อีกครั้งเพื่อดำเนินการต่อ
error-forbidden = เฉพาะผู้ดูแลระบบองค์กรเท่านั้นที่ทำสิ่งนี้ได้
error-not-found = รายการนี้ไม่มีอยู่แล้ว อาจถูกลบออกใน Atlassian
error-invalid-input = ข้อมูลบางส่วนที่คุณป้อนไม่ถูกต้อง โปรดตรวจสอบช่องที่ไฮไลต์ไว้
error-atlassian-unavailable = Atlassian ไม่ตอบสนองในขณะนี้ โปรดลองอีกครั้งในอีกไม่กี่นาที
error-sync-running = มีการซิงค์ทำงานอยู่แล้ว โปรดรอให้เสร็จ หรือยกเลิกก่อน
error-no-snapshot = ยังไม่มีการซิงค์ข้อมูล การซิงค์ครั้งแรกจะเริ่มขึ้นเองและอาจใช้เวลาสักครู่
error-transport = ไม่สามารถเชื่อมต่อเซิร์ฟเวอร์ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
error-internal = เกิดข้อผิดพลาดบนเซิร์ฟเวอร์ ดูรายละเอียดได้ในบันทึกของเซิร์ฟเวอร์
error-payload-too-large = คำขอนี้มีขนาดใหญ่กว่าที่เซิร์ฟเวอร์รับได้ จึงไม่มีการดำเนินการใด ๆ โปรดส่งข้อมูลให้น้อยลงในแต่ละครั้ง เช่น ลดจำนวนรายการ
error-timeout = เซิร์ฟเวอร์หยุดคำขอนี้เพราะใช้เวลานานเกินไป โปรดลองอีกครั้งในอีกสักครู่ หรือขอข้อมูลให้น้อยลงในแต่ละครั้ง

## CSV export column headers
csv-name = ชื่อ
csv-email = อีเมล
csv-status = สถานะ
csv-account-type = ประเภทบัญชี
csv-products = ผลิตภัณฑ์
csv-product-last-active = ใช้งานล่าสุดแยกตามผลิตภัณฑ์
csv-last-active = ใช้งานล่าสุด
csv-groups = กลุ่ม
csv-inactivity = การไม่ใช้งาน
csv-service-desks = เซอร์วิสเดสก์
csv-jsm-organizations = องค์กร JSM

## Signing in
login-title = ลงชื่อเข้าใช้
login-intro = เฉพาะผู้ดูแลระบบองค์กรเท่านั้นที่ใช้ User Account Manager ได้
login-atlassian = ลงชื่อเข้าใช้ด้วย Atlassian
login-demo-admins = ในการสาธิตนี้ บัญชีจำลองต่อไปนี้เป็นผู้ดูแลระบบองค์กร เลือกบัญชีใดบัญชีหนึ่งในหน้าลงชื่อเข้าใช้ Atlassian จำลอง บัญชีอื่นจะถูกปฏิเสธ
login-local-title = บัญชีผู้ดูแลระบบภายใน
login-login = ชื่อล็อกอิน
login-password = รหัสผ่าน
login-totp = รหัสจากแอปยืนยันตัวตน
login-totp-hint = เฉพาะในกรณีที่บัญชีของคุณใช้แอปยืนยันตัวตน
login-submit = ลงชื่อเข้าใช้
login-setup-pending = ยังไม่มีบัญชีผู้ดูแลระบบภายใน เมื่อเริ่มทำงาน เซิร์ฟเวอร์ได้พิมพ์ลิงก์ตั้งค่าแบบใช้ครั้งเดียวสำหรับสร้างบัญชีแรกไว้แล้ว คำสั่ง uam admin create ก็ใช้ได้เช่นเดียวกัน
login-signed-out = คุณออกจากระบบแล้ว
login-refused-title = การลงชื่อเข้าใช้ถูกปฏิเสธ
login-back = กลับไปที่หน้าลงชื่อเข้าใช้
login-error-invalid = ชื่อล็อกอิน รหัสผ่าน หรือรหัสจากแอปยืนยันตัวตนไม่ถูกต้อง
login-error-locked = พยายามไม่สำเร็จหลายครั้งเกินไป โปรดรอ 15 นาทีแล้วลองอีกครั้ง
login-error-totp = ไม่ได้ป้อนรหัสจากแอปยืนยันตัวตนหรือรหัสไม่ถูกต้อง
login-error-not-admin = บัญชี Atlassian นี้ไม่ใช่ผู้ดูแลระบบขององค์กรนี้ หรือไม่อยู่ในรายชื่อผู้ดูแลระบบที่ได้รับอนุญาตให้ใช้เซิร์ฟเวอร์นี้
login-error-unavailable = ไม่สามารถลงชื่อเข้าใช้ได้ในขณะนี้: Atlassian หรือฐานข้อมูลของเซิร์ฟเวอร์ไม่ตอบสนอง โปรดลองอีกครั้งในอีกหนึ่งนาที
login-error-state = การลงชื่อเข้าใช้นี้หมดอายุแล้ว ถูกใช้ไปแล้ว หรือเริ่มจากเบราว์เซอร์อื่น โปรดเริ่มใหม่จากหน้าลงชื่อเข้าใช้
login-error-setup-link = ลิงก์ตั้งค่านี้หมดอายุหรือถูกใช้ไปแล้ว รีสตาร์ทเซิร์ฟเวอร์เพื่อพิมพ์ลิงก์ใหม่ หรือสร้างผู้ดูแลระบบด้วยคำสั่ง uam admin create
login-error-setup-input = โปรดตรวจสอบช่องต่างๆ: ชื่อล็อกอินต้องไม่มีช่องว่าง ต้องกรอกชื่อ รหัสผ่านต้องมีอย่างน้อย 12 อักขระ และรหัสผ่านทั้งสองช่องต้องตรงกัน
login-error-expired = เซสชันของคุณสิ้นสุดแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง

## First-run set-up
setup-title = สร้างบัญชีผู้ดูแลระบบบัญชีแรก
setup-intro = บัญชีนี้ลงชื่อเข้าใช้ด้วยรหัสผ่านของตัวเอง โปรดเก็บไว้เป็นบัญชีฉุกเฉิน: เมื่อตั้งค่าการเชื่อมต่อ Atlassian แล้ว ผู้ดูแลระบบองค์กรจะลงชื่อเข้าใช้ด้วย Atlassian
setup-login = ชื่อล็อกอิน (ที่อยู่อีเมลหรือชื่อสั้นๆ)
setup-name = ชื่อของคุณ
setup-password = รหัสผ่าน (อย่างน้อย 12 อักขระ)
setup-password-again = ยืนยันรหัสผ่าน
setup-totp-title = แอปยืนยันตัวตน
setup-totp-optional = แนะนำ: สแกนโค้ดนี้ด้วยแอปยืนยันตัวตนแล้วป้อนรหัสที่แอปแสดง เว้นช่องรหัสว่างไว้หากต้องการข้าม
setup-totp-required = เซิร์ฟเวอร์นี้กำหนดให้ใช้แอปยืนยันตัวตน: สแกนโค้ดนี้ด้วยแอปแล้วป้อนรหัสที่แอปแสดง
setup-totp-key = หรือป้อนคีย์นี้ด้วยตนเอง:
setup-totp-qr = คิวอาร์โค้ดสำหรับแอปยืนยันตัวตน
setup-totp-code = รหัสจากแอป
setup-submit = สร้างบัญชีและลงชื่อเข้าใช้

## The signed-in admin
account-via-local = บัญชีภายใน
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = ผ่าน Jira
account-sign-out = ออกจากระบบ

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = กำลังเปิด User Account Manager…
embed-expired = เซสชันของพาเนลนี้สิ้นสุดแล้ว โปรดเปิด User Account Manager อีกครั้งจากหน้าการดูแลระบบของ Jira เพื่อดำเนินการต่อ
embed-refused = เฉพาะผู้ดูแลระบบขององค์กรนี้เท่านั้นที่ใช้ User Account Manager ใน Jira ได้ และเฉพาะเมื่อเซิร์ฟเวอร์อนุญาตบัญชีของผู้ดูแลระบบนั้น
embed-unavailable = User Account Manager ไม่สามารถยืนยันสิทธิ์เข้าถึงของคุณได้ในขณะนี้: Atlassian หรือเซิร์ฟเวอร์ไม่ตอบสนอง โปรดลองอีกครั้งในอีกหนึ่งนาที

## Settings page
settings-saved = บันทึกแล้ว
settings-save = บันทึก
settings-set-by-env = กำหนดโดยสภาพแวดล้อมของเซิร์ฟเวอร์ เปลี่ยนได้ในที่ที่กำหนดค่าเซิร์ฟเวอร์
settings-connection-title = การเชื่อมต่อ Atlassian
settings-connection-demo = กำลังแสดง { $org } ซึ่งเป็นองค์กรสาธิตจำลอง เชื่อมต่อองค์กรของคุณเองได้ด้านล่าง
settings-connection-env = เชื่อมต่อกับองค์กร { $org } แล้ว กำหนดค่าโดยสภาพแวดล้อมของเซิร์ฟเวอร์
settings-connection-saved = เชื่อมต่อกับองค์กร { $org } แล้ว
settings-connection-pending = การเชื่อมต่อที่บันทึกไว้จะมีผลเมื่อเซิร์ฟเวอร์เริ่มทำงานครั้งถัดไป รีสตาร์ทเซิร์ฟเวอร์เพื่อเชื่อมต่อกับองค์กรนี้
settings-admin-key = คีย์ Admin API
settings-key-placeholder = วางคีย์ใหม่เพื่อแทนที่คีย์ที่จัดเก็บไว้
settings-key-write-only = เขียนได้อย่างเดียว: คีย์จะถูกจัดเก็บแบบเข้ารหัสและจะไม่แสดงอีก
settings-key-expiry = วันหมดอายุของคีย์
settings-key-expires = หมดอายุวันที่ { $date }
settings-key-expires-soon = หมดอายุวันที่ { $date } ในอีก { $days } วัน โปรดสร้างคีย์ใหม่ใน Atlassian และวางที่นี่ก่อนถึงวันนั้น
settings-key-expired = หมดอายุเมื่อวันที่ { $date } การซิงค์และการดำเนินการจะล้มเหลวจนกว่าจะบันทึกคีย์ใหม่
settings-secret-set = ลงท้ายด้วย …{ $hint } ตั้งค่าโดย { $by } เมื่อ { $at }
settings-secret-unset = ยังไม่ได้ตั้งค่า
settings-org = ID องค์กร
settings-find-orgs = ค้นหาองค์กร
settings-site-title = Jira, Confluence และ Jira Service Management
settings-site-body = บทบาทในโปรเจกต์ สมาชิกสเปซ ลูกค้า และที่นั่ง Jira จะอ่านผ่านไซต์โดยใช้อีเมลและโทเค็น API ของบัญชีหนึ่ง
settings-site-url = URL ของไซต์
settings-site-email = อีเมลของบัญชี
settings-site-token = โทเค็น API
settings-site-token-again = ป้อนโทเค็นอีกครั้งทุกครั้งที่เปลี่ยน URL ของไซต์หรืออีเมล
settings-test-connection = ทดสอบการเชื่อมต่อ
settings-check-admin-key = คีย์ Admin API
settings-check-org = องค์กร
settings-check-directory = ผู้ใช้และกลุ่ม
settings-check-site = ไซต์
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = ถูกปฏิเสธ: คีย์หรือโทเค็นไม่ถูกต้อง หมดอายุ หรือถูกเพิกถอน
settings-check-outcome-forbidden = ถูกปฏิเสธ: ข้อมูลรับรองไม่มีสิทธิ์ (ขอบเขต) ที่จำเป็นสำหรับการนี้
settings-check-outcome-not-found = ไม่พบ: โปรดตรวจสอบ ID องค์กรหรือ URL ของไซต์
settings-check-outcome-unreachable = Atlassian ไม่ตอบสนอง โปรดลองอีกครั้งภายหลัง
settings-check-outcome-not-configured = ยังไม่ได้กำหนดค่า
settings-check-outcome-not-on-site = ไม่มีในไซต์นี้ (ไซต์นี้ไม่มีผลิตภัณฑ์นี้)
settings-prices-title = ราคาไลเซนส์
settings-prices-body = ไม่บังคับ ป้อนราคาต่อเดือนของหนึ่งที่นั่งในแต่ละผลิตภัณฑ์ แล้วแดชบอร์ดจะแสดงค่าใช้จ่ายของที่นั่งของผู้ใช้ที่ไม่ได้ใช้งาน เว้นว่างไว้หากไม่ต้องการรวมผลิตภัณฑ์นั้น
settings-currency = สกุลเงิน (รหัส ISO เช่น USD หรือ EUR)
settings-thresholds-title = เกณฑ์การไม่ใช้งาน
settings-thresholds-body = ผู้ใช้ที่ไม่มีกิจกรรมนานกว่าเกณฑ์เตือนจะถูกทำเครื่องหมายว่า “เตือน” และหากนานกว่าเกณฑ์เกินกำหนดจะถูกทำเครื่องหมายว่า “เกินกำหนด” เกณฑ์เกินกำหนดต้องนานกว่าเกณฑ์เตือน
settings-warning-days = เตือนหลังจาก (วัน)
settings-overdue-days = เกินกำหนดหลังจาก (วัน)
settings-protected-title = บัญชีที่ได้รับการป้องกัน
settings-protected-body = การดำเนินการแบบกลุ่มจะไม่ปิดใช้งานหรือนำสิทธิ์เข้าถึงออกจากบัญชีเหล่านี้ ป้อนที่อยู่อีเมล ทั้งโดเมนในรูปแบบ *@example.com หรือ ID บัญชี Atlassian ผู้ดูแลระบบองค์กรและตัวคุณเองได้รับการป้องกันเสมอ
settings-protected-add = เพิ่มที่อยู่อีเมล โดเมน หรือ ID บัญชี (วางได้หลายรายการ โดยคั่นด้วยจุลภาค ช่องว่าง หรือขึ้นบรรทัดใหม่)
settings-protected-add-button = เพิ่ม
settings-protected-search = ค้นหาบัญชีที่ได้รับการป้องกัน
settings-protected-count = ได้รับการป้องกัน { $count } รายการ
settings-protected-remove = นำออก
settings-schedule-title = กำหนดการซิงค์และการเก็บรักษาบันทึกการตรวจสอบ
settings-sync-interval = จำนวนชั่วโมงระหว่างการซิงค์
settings-sync-interval-hint = 0 คือปิดการซิงค์ตามกำหนดการ แต่ “ซิงค์เดี๋ยวนี้” ยังใช้งานได้
settings-retention = เก็บรายการบันทึกการตรวจสอบไว้ (วัน)
settings-retention-hint = อย่างน้อย 180 วัน (เท่ากับบันทึกการตรวจสอบของ Atlassian เอง) และไม่เกิน 3650 วัน ค่า 0 คือเก็บไว้ตลอดไป
error-invalid-entries = รายการต่อไปนี้ไม่ใช่ที่อยู่อีเมลหรือรายการแบบ *@โดเมน จึงไม่มีการบันทึกใดๆ:
settings-data-title = ข้อมูลของคุณ
settings-data-export-body = ดาวน์โหลดทุกอย่างที่ User Account Manager จัดเก็บไว้เป็นไฟล์เก็บถาวรไฟล์เดียว: การตั้งค่า (ไม่รวมข้อมูลลับ) บัญชีผู้ดูแลระบบภายใน (ไม่รวมรหัสผ่าน) ประวัติการซิงค์ บันทึกการตรวจสอบ และสแนปช็อตปัจจุบันของผู้ใช้ของคุณ การส่งออกจะถูกบันทึกไว้ในบันทึกการตรวจสอบ
settings-data-export = ส่งออกทั้งหมด
settings-data-delete-body = ลบทุกอย่างที่ User Account Manager จัดเก็บไว้: การตั้งค่า คีย์และโทเค็นที่จัดเก็บไว้ บัญชีผู้ดูแลระบบภายใน เซสชัน สแนปช็อต และบันทึกการตรวจสอบ ข้อมูลใน Atlassian จะไม่เปลี่ยนแปลง การดำเนินการนี้ย้อนกลับไม่ได้ โปรดส่งออกก่อนหากคุณอาจต้องใช้ข้อมูล
settings-data-delete-confirm = พิมพ์ DELETE เพื่อยืนยัน
settings-data-delete = ลบทั้งหมด
settings-data-not-confirmed = ไม่มีการลบข้อมูลใดๆ: พิมพ์ DELETE ให้ตรงทุกตัวอักษรเพื่อยืนยัน
settings-data-sync-running = ไม่มีการลบข้อมูลใดๆ: กำลังซิงค์อยู่ โปรดยกเลิกหรือรอให้เสร็จ แล้วลองอีกครั้ง
settings-data-export-failed = การส่งออกล้มเหลว ดูรายละเอียดได้ในบันทึกของเซิร์ฟเวอร์
settings-data-delete-failed = การลบล้มเหลว ไม่มีข้อมูลใดถูกลบ ดูรายละเอียดได้ในบันทึกของเซิร์ฟเวอร์
error-reauth-failed = รหัสผ่านหรือรหัสยืนยันตัวตนไม่ถูกต้อง ไม่มีการตั้งเวลาใด ๆ
error-reauth-stale = โปรดยืนยันว่าเป็นคุณก่อน: ลงชื่อเข้าใช้ด้วย Atlassian อีกครั้ง แล้วลบภายใน 5 นาที
error-panel-refused = ไม่สามารถทำได้จากแผง Jira โปรดเปิด User Account Manager ในแท็บเบราว์เซอร์ของตัวเอง
error-erasure-pending = มีการตั้งเวลาลบข้อมูลทั้งหมดไว้แล้ว โปรดยกเลิกก่อน หรือรอให้ดำเนินการ
settings-data-delete-delay = ข้อมูลจะไม่ถูกลบทันที: การลบจะเกิดขึ้น { $hours } ชั่วโมงหลังจากที่คุณยืนยัน ระหว่างนี้ผู้ดูแลระบบทุกคนจะเห็นในแดชบอร์ดและยกเลิกได้ บันทึกที่ลงนามของบันทึกการตรวจสอบที่ถูกลบจะถูกเก็บไว้
settings-data-reauth-atlassian = คุณลงชื่อเข้าใช้ด้วย Atlassian นานกว่า 5 นาทีแล้ว เพื่อยืนยันว่าเป็นคุณ โปรดลงชื่อเข้าใช้อีกครั้ง แล้วลบภายใน 5 นาที
settings-data-reauth-fresh = คุณลงชื่อเข้าใช้ด้วย Atlassian เมื่อไม่ถึง 5 นาทีที่แล้ว ซึ่งยืนยันว่าเป็นคุณ
settings-data-scheduled = ตั้งเวลาลบข้อมูลทั้งหมดแล้ว ก่อนที่จะดำเนินการ ผู้ดูแลระบบคนใดก็ยกเลิกได้ที่นี่หรือในแดชบอร์ด
erasure-title = ข้อมูลทั้งหมดจะถูกลบ
erasure-body = { $name } ตั้งเวลาเมื่อ { $scheduled } ให้ลบทุกอย่างที่ User Account Manager จัดเก็บ รวมถึงบันทึกการตรวจสอบ การลบจะเกิดขึ้นเมื่อ { $due } เว้นแต่ผู้ดูแลระบบจะยกเลิก
erasure-cancel = ยกเลิกการลบ
erasure-cancelled = ยกเลิกการลบแล้ว ไม่มีข้อมูลใดถูกลบ
erasure-cancel-failed = ไม่สามารถยกเลิกการลบได้ ดูรายละเอียดได้ในบันทึกของเซิร์ฟเวอร์
login-deleted = ลบทุกอย่างแล้ว เซิร์ฟเวอร์ได้พิมพ์ลิงก์ตั้งค่าใหม่สำหรับสร้างบัญชีผู้ดูแลระบบบัญชีแรกอีกครั้ง
error-invalid-org_id = ID องค์กรไม่มีหรือไม่ถูกต้อง: คือ ID ใน admin.atlassian.com/o/<ID>/… ประกอบด้วยตัวอักษร ตัวเลข และขีดกลาง
error-invalid-admin_api_key = โปรดวางคีย์ Admin API: ยังไม่มีคีย์ที่จัดเก็บไว้สำหรับองค์กรนี้
error-invalid-site = ไซต์ต้องมี URL อีเมลของบัญชี และโทเค็น API ของบัญชีนั้นครบทั้งหมด
error-invalid-site_url = URL ของไซต์ไม่ถูกต้อง: ควรมีรูปแบบเช่น https://your-site.atlassian.net
error-invalid-site_host = รับเฉพาะไซต์ https://your-site.atlassian.net เท่านั้น: โทเค็น API จะไม่ถูกส่งไปยังโฮสต์อื่นใด โฮสต์อื่นต้องได้รับอนุญาตจากผู้ดูแลเซิร์ฟเวอร์ก่อน (UAM_ALLOWED_SITE_HOSTS)
error-invalid-site_api_token = URL ของไซต์หรืออีเมลของบัญชีที่เปลี่ยนใหม่ต้องใช้โทเค็น API อีกครั้ง: โปรดวางโทเค็นของบัญชีนั้นสำหรับไซต์นี้
error-invalid-site_email = อีเมลของบัญชีไม่ใช่ที่อยู่อีเมลที่ถูกต้อง
error-invalid-thresholds = เกณฑ์ทั้งสองต้องเป็นจำนวนวันเต็ม และเกณฑ์เกินกำหนดต้องนานกว่าเกณฑ์เตือน
error-invalid-schedule = โปรดป้อนจำนวนเต็ม: จำนวนชั่วโมงระหว่างการซิงค์ และจำนวนวันที่เก็บบันทึกการตรวจสอบ
error-invalid-sync_interval_hours = จำนวนชั่วโมงระหว่างการซิงค์ต้องเป็น 0 (ปิด) หรืออยู่ระหว่าง 1 ถึง 168
error-invalid-audit_retention_days = เก็บรายการบันทึกการตรวจสอบไว้ 0 วัน (ตลอดไป) หรือระหว่าง 180 ถึง 3650 วัน
error-invalid-seat_prices = โปรดป้อนรหัสสกุลเงินสามตัวอักษร และราคาระหว่าง 0 ถึง 100000 โดยใช้ตัวเลขและจุดทศนิยม
login-atlassian-off = ยังไม่ได้ตั้งค่าการลงชื่อเข้าใช้ด้วย Atlassian บนเซิร์ฟเวอร์นี้ ผู้ดูแลเซิร์ฟเวอร์สามารถตั้งค่าได้ด้วยแอป OAuth (UAM_OAUTH_CLIENT_ID และ UAM_OAUTH_CLIENT_SECRET) ระหว่างนี้โปรดลงชื่อเข้าใช้ด้วยบัญชีผู้ดูแลระบบภายใน

## Bulk actions
bulk-title = การดำเนินการแบบกลุ่ม
bulk-undo-title = ย้อนกลับงานนี้
bulk-actions = การดำเนินการ…
bulk-actions-user = การดำเนินการสำหรับผู้ใช้นี้…
bulk-choose = สิ่งที่จะทำ
bulk-action-deactivate = ปิดใช้งาน
bulk-action-reactivate = เปิดใช้งานอีกครั้ง
bulk-action-revoke_access = เพิกถอนสิทธิ์เข้าถึงผลิตภัณฑ์
bulk-action-assign_access = มอบสิทธิ์เข้าถึงผลิตภัณฑ์
bulk-action-remove_customer = นำลูกค้า JSM ออก
bulk-every-desk = ทุกเซอร์วิสเดสก์
bulk-products = ผลิตภัณฑ์
bulk-desks = เซอร์วิสเดสก์
bulk-desks-hint = หากไม่เลือก ลูกค้าจะถูกนำออกจากทุกเซอร์วิสเดสก์ที่ลูกค้าอยู่
bulk-check = ตรวจสอบผู้ที่ได้รับผลกระทบ
bulk-cancel = ยกเลิก
bulk-checking = กำลังตรวจสอบผู้ใช้แต่ละคนกับ Atlassian…
bulk-starting = กำลังเริ่มงาน…
bulk-count-changing = { $count ->
       *[other] ผู้ใช้ { $formatted } คนจะถูกเปลี่ยนแปลง
    }
bulk-count-already = { $count ->
       *[other] ผู้ใช้ { $formatted } คนอยู่ในสถานะนั้นอยู่แล้ว
    }
bulk-count-cannot = { $count ->
       *[other] ผู้ใช้ { $formatted } คนไม่สามารถเปลี่ยนแปลงได้
    }
bulk-how = วิธีดำเนินการ
bulk-method-disable_account = { $count ->
       *[other] ปิดใช้งาน { $formatted } บัญชี (องค์กรเป็นผู้จัดการบัญชี: API วงจรชีวิตของการจัดการผู้ใช้)
    }
bulk-method-enable_account = { $count ->
       *[other] เปิดใช้งานอีกครั้ง { $formatted } บัญชี (องค์กรเป็นผู้จัดการบัญชี: API วงจรชีวิตของการจัดการผู้ใช้)
    }
bulk-method-suspend = { $count ->
       *[other] ผู้ใช้ { $formatted } คนจะเสียสิทธิ์เข้าถึงองค์กร (ระงับ: องค์กรไม่ได้จัดการบัญชีเหล่านี้)
    }
bulk-method-restore = { $count ->
       *[other] ผู้ใช้ { $formatted } คนจะได้รับสิทธิ์เข้าถึงองค์กรคืน (คืนสิทธิ์: องค์กรไม่ได้จัดการบัญชีเหล่านี้)
    }
bulk-method-leave_group = { $count ->
       *[other] นำผู้ใช้ { $formatted } คนออกจากกลุ่มที่ให้สิทธิ์เข้าถึงผลิตภัณฑ์
    }
bulk-method-join_group = { $count ->
       *[other] เพิ่มผู้ใช้ { $formatted } คนเข้ากลุ่มที่ให้สิทธิ์เข้าถึงผลิตภัณฑ์
    }
bulk-method-revoke_role = { $count ->
       *[other] ผู้ใช้ { $formatted } คนจะเสียบทบาทผลิตภัณฑ์ที่ได้รับโดยตรง
    }
bulk-method-assign_role = { $count ->
       *[other] ผู้ใช้ { $formatted } คนจะได้รับบทบาทผลิตภัณฑ์โดยตรง
    }
bulk-method-remove_customer = { $count ->
       *[other] นำลูกค้า { $formatted } รายออกจากเซอร์วิสเดสก์
    }
bulk-method-add_customer = { $count ->
       *[other] เพิ่มลูกค้า { $formatted } รายกลับเข้าเซอร์วิสเดสก์
    }
bulk-nothing = ไม่มีสิ่งที่ต้องเปลี่ยนแปลง: ผู้ใช้ที่เลือกทุกคนอยู่ในสถานะนั้นอยู่แล้วหรือไม่สามารถเปลี่ยนแปลงได้
bulk-skipped = ไม่เปลี่ยนแปลง
bulk-skipped-more = …และอีก { $count } คน
bulk-reason = เหตุผล
bulk-type-to-confirm = พิมพ์ { $count } เพื่อยืนยัน
bulk-presets = การดำเนินการจัดระเบียบ
bulk-preset-overdue = ปิดใช้งานทุกคนที่เกินกำหนด
bulk-preset-revoke = เพิกถอน { $product } จากผู้ใช้ที่ไม่ได้ใช้งานผลิตภัณฑ์นี้มา { $days } วัน
bulk-skip-already_done = อยู่ในสถานะนั้นอยู่แล้ว
bulk-skip-protected = ได้รับการป้องกันในการตั้งค่า
bulk-skip-org_admin = ผู้ดูแลระบบองค์กร: การดำเนินการแบบกลุ่มจะไม่เปลี่ยนแปลงบัญชีนี้
bulk-skip-acting_admin = บัญชีของคุณเอง: การดำเนินการแบบกลุ่มของคุณจะไม่เปลี่ยนแปลงบัญชีนี้
bulk-skip-identity_provider = จัดเตรียมโดยผู้ให้บริการข้อมูลประจำตัว (SCIM) ซึ่งเป็นผู้จัดการสิทธิ์เข้าถึงของบัญชีนี้
bulk-skip-lookup_failed = ไม่สามารถสอบถามสถานะปัจจุบันของผู้ใช้นี้จาก Atlassian ได้ จึงไม่ดำเนินการใดๆ เพื่อหลีกเลี่ยงความเสี่ยง
bulk-skip-not_found = Atlassian ไม่รู้จักบัญชีนี้อีกต่อไป
bulk-skip-not_applicable = การดำเนินการนี้ใช้กับบัญชีประเภทนี้ไม่ได้
bulk-skip-no_way = สิทธิ์เข้าถึงมาจากแหล่งที่เครื่องมือนี้ไม่สามารถเปลี่ยนแปลงได้
bulk-skip-direct_role_unavailable = ได้รับสิทธิ์โดยตรง และองค์กรนี้ไม่มี API ของ Atlassian สำหรับบทบาทผลิตภัณฑ์โดยตรง (ให้บริการแบบจำกัด) จึงไม่มีการเปลี่ยนแปลงใด ๆ
bulk-step-disable_account = ปิดใช้งานบัญชีแล้ว
bulk-step-enable_account = เปิดใช้งานบัญชีอีกครั้งแล้ว
bulk-step-suspend = ระงับสิทธิ์เข้าถึงองค์กรแล้ว
bulk-step-restore = คืนสิทธิ์เข้าถึงองค์กรแล้ว
bulk-step-leave_group = นำออกจากกลุ่ม { $object } แล้ว
bulk-step-join_group = เพิ่มเข้ากลุ่ม { $object } แล้ว
bulk-step-revoke_role = เพิกถอนบทบาท { $object } แล้ว
bulk-step-assign_role = มอบบทบาท { $object } แล้ว
bulk-step-remove_customer = นำออกจากการเป็นลูกค้าของ { $object } แล้ว
bulk-step-add_customer = เพิ่มเป็นลูกค้าของ { $object } แล้ว

## Jobs
nav-jobs = งาน
jobs-title = งาน
jobs-intro = การดำเนินการแบบกลุ่มจะทำงานเป็นงานบนเซิร์ฟเวอร์: งานยังคงทำงานต่อแม้คุณปิดแท็บ ผู้ดูแลระบบทุกคนมองเห็นได้ และจะทำงานครั้งละหนึ่งงานขณะที่งานอื่นรอคิว
jobs-loading = กำลังโหลดงาน…
jobs-empty-title = ยังไม่มีงาน
jobs-empty-body = การดำเนินการแบบกลุ่มที่เริ่มจากหน้าผู้ใช้หรือแดชบอร์ดจะปรากฏที่นี่ พร้อมความคืบหน้าและผลลัพธ์ของผู้ใช้แต่ละคน
jobs-caption = งานการดำเนินการแบบกลุ่ม เรียงจากใหม่ไปเก่า
job-title = งาน
job-back = งานทั้งหมด
job-loading = กำลังโหลดงาน…
job-action = การดำเนินการ
job-state = สถานะ
job-progress = ความคืบหน้า
job-started-by = เริ่มโดย
job-created = สร้างเมื่อ
job-started = เริ่มเมื่อ
job-finished = สิ้นสุดเมื่อ
job-counts = สำเร็จ { $done } ข้าม { $skipped } ล้มเหลว { $failed } จากทั้งหมด { $total }
job-count-done = สำเร็จ { $formatted }
job-count-skipped = ข้าม { $formatted }
job-count-failed = ล้มเหลว { $formatted }
job-count-unknown = ถูกขัดจังหวะ { $formatted } ไม่ทราบผลลัพธ์
job-count-cancelled = ไม่ได้ดำเนินการ { $formatted } (ยกเลิกแล้ว)
job-count-pending = รออยู่ { $formatted }
job-waiting = กำลังรอตามขีดจำกัดอัตราของ Atlassian จนถึง { $time }
job-queue-position = { $count ->
        [0] อยู่ในคิว: เป็นลำดับถัดไป
       *[other] อยู่ในคิว: มี { $count } งานอยู่ก่อนหน้า
    }
job-undo-of = งานนี้ย้อนกลับงานก่อนหน้า
job-open-original = เปิดงานต้นฉบับ
job-undone-by = งานนี้ถูกย้อนกลับแล้ว
job-open-undo = เปิดงานย้อนกลับ
job-undone-by-short = ย้อนกลับแล้ว
job-error = หยุดก่อนเสร็จ:
job-stopped-panic = ข้อผิดพลาดภายในทำให้งานนี้หยุด ผู้ใช้ที่งานยังไปไม่ถึงไม่มีการเปลี่ยนแปลง
job-stopped-not-admin = ผู้ดูแลที่เริ่มงานนี้ไม่ได้เป็นผู้ดูแลองค์กรที่ได้รับอนุญาตให้ใช้เซิร์ฟเวอร์นี้อีกต่อไป จึงถูกปฏิเสธ
job-stopped-admin-unconfirmed = Atlassian ไม่สามารถยืนยันได้ว่าผู้ดูแลที่เริ่มงานนี้ยังเป็นผู้ดูแลองค์กรอยู่ จึงถูกปฏิเสธ
job-cancel = ยกเลิกงาน
job-undo = ย้อนกลับงานนี้
job-results = ผลลัพธ์ตามผู้ใช้
job-filter = แสดง
job-filter-all = ทั้งหมด
job-item-state = ผลลัพธ์
job-steps = ขั้นตอน
job-outcome = เหตุผลและการตอบกลับของ Atlassian
job-no-items = ไม่มีผู้ใช้ในสถานะนี้
job-atlassian-status = Atlassian ตอบกลับ { $status }
job-request-id = ID คำขอ
job-state-queued = อยู่ในคิว
job-state-running = กำลังทำงาน
job-state-cancelling = กำลังยกเลิก
job-state-cancelled = ยกเลิกแล้ว
job-state-finished = เสร็จสิ้น
job-state-failed = ล้มเหลว
job-item-pending = รออยู่
job-item-running = กำลังดำเนินการ
job-item-done = เสร็จแล้ว
job-item-skipped = ข้ามแล้ว
job-item-failed = ล้มเหลว
job-item-unknown = ไม่ทราบผลลัพธ์
job-item-cancelled = ยกเลิกแล้ว

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = แสดงการดูบันทึกของฉัน
audit-views-hidden = การดูบันทึกของคุณเองที่ซ่อนไว้: { $formatted }
audit-views-show = แสดง
audit-chain-verified-through = ตรวจสอบเชนแล้วถึงรายการ #{ $last } จุดตรวจสอบที่ลงนามล่าสุด #{ $seq } เมื่อ { $time }
audit-chain-verified-through-unsigned = ตรวจสอบเชนแล้วถึงรายการ #{ $last } ยังไม่มีจุดตรวจสอบที่ลงนาม
audit-job-titled = { $title } · งาน { $id }
audit-csv-details-json = รายละเอียด (JSON)
audit-say-via-local = ลงชื่อเข้าใช้ด้วยบัญชีภายใน
audit-say-via-atlassian = ลงชื่อเข้าใช้ด้วย Atlassian
audit-say-via-forge = ลงชื่อเข้าใช้จากแผงใน Jira
audit-say-refused = ถูกปฏิเสธ: { $reason }
audit-say-attempts = ความพยายามที่ล้มเหลว: { $count } ครั้ง ตั้งแต่ { $since }
audit-say-from = จากที่อยู่ { $address }
audit-say-session-ended = ผู้ดูแลคนนี้ไม่ได้เป็นผู้ดูแลองค์กรแล้ว จึงปิดเซสชัน
audit-say-totp-on = ลงชื่อเข้าใช้ด้วยรหัสผ่านและรหัสจากแอปยืนยันตัวตน
audit-say-totp-off = ลงชื่อเข้าใช้ด้วยรหัสผ่านเท่านั้น
audit-say-setting = เปลี่ยน { $setting } จาก { $before } เป็น { $after }
audit-say-secret = แทนที่ { $setting } แล้ว: ค่าเดิมลงท้ายด้วย { $before } ค่าใหม่ลงท้ายด้วย { $after }
audit-say-secret-first = ตั้งค่า { $setting } แล้ว: ลงท้ายด้วย { $after }
audit-say-nothing = ไม่มี
audit-say-yes = ใช่
audit-say-no = ไม่ใช่
audit-say-data-exported = ส่งออกทุกอย่างแล้ว: ผู้ใช้ { $users } คน ขนาด { $size } KB
audit-say-data-deleted = ลบทุกอย่างที่จัดเก็บไว้แล้ว บันทึกเริ่มใหม่จากตรงนี้
audit-say-erasure-times = กำหนดไว้เมื่อ { $scheduled } ครบกำหนด { $due }
audit-say-erasure-due = ทุกอย่างจะถูกลบเมื่อ { $due } เว้นแต่ผู้ดูแลจะยกเลิก
audit-say-erasure-cancelled = ยกเลิกการลบที่ { $by } กำหนดไว้สำหรับ { $due }
audit-say-viewed = อ่านบันทึกแล้ว
audit-say-filter = ตัวกรอง: { $filter }
audit-say-audit-export = รายการที่ส่งออก: { $count }
audit-say-pruned = รายการที่ลบตามการตั้งค่าการเก็บรักษา: { $count } ทั้งหมดเก่ากว่า { $cutoff } รายการสุดท้ายคือ #{ $seq }
audit-say-users-exported = ผู้ใช้ที่ส่งออกจากมุมมองของตารางผู้ใช้: { $count }
audit-say-users-selected = ผู้ใช้ที่เลือกซึ่งส่งออกแล้ว: { $count }
audit-say-job-queued = ผู้ใช้ในแผน: { $users } จะเปลี่ยน: { $changing } ไม่เปลี่ยน: { $skipped }
audit-say-job-cancel = ขอให้งานหยุดแล้ว ผู้ใช้ที่กำลังดำเนินการอยู่จะเสร็จก่อน
audit-say-job-ended = งานสิ้นสุดแล้ว ({ $state }): { $counts }
audit-say-step-intent = กำลังจะขอ Atlassian: { $step }
audit-say-step-failed = ล้มเหลว (ครั้งที่ { $attempt }): { $step } คำตอบจาก Atlassian: { $error }
audit-say-reread-yes = อ่านข้อมูลผู้ใช้อีกครั้งแล้วพบว่าการเปลี่ยนแปลงเกิดขึ้นแล้ว
audit-say-reread-no = อ่านข้อมูลผู้ใช้อีกครั้งแล้วพบว่าการเปลี่ยนแปลงยังไม่เกิดขึ้น
audit-say-interrupted = ถูกขัดจังหวะเพราะเซิร์ฟเวอร์เริ่มใหม่ แล้วสรุปผลโดยอ่านข้อมูลผู้ใช้อีกครั้ง
audit-say-skip-preflight = ไม่เปลี่ยนในการตรวจสอบล่วงหน้า: { $reason }
audit-say-error = ข้อผิดพลาด: { $error }
audit-say-exercise = เขียนขึ้นเพื่อตรวจสอบคำศัพท์ของบันทึกการตรวจสอบ ไม่มีผู้ดูแลคนใดทำการนี้

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian ไม่ตอบกลับภายในเวลาที่กำหนด โปรดลองอีกครั้งในอีกสักครู่
error-invalid-admin_api_key_refused = Atlassian ปฏิเสธคีย์นี้: คีย์ไม่ถูกต้อง หมดอายุ หรือถูกเพิกถอน หรือไม่มีสิทธิ์อ่านข้อมูลองค์กร โปรดตรวจสอบที่ admin.atlassian.com
settings-no-answer = Atlassian ไม่ตอบกลับภายใน { $seconds } วินาที โปรดลองอีกครั้งในอีกสักครู่ หากยังเกิดขึ้นอีก Atlassian อาจกำลังมีปัญหา
settings-finding-orgs = กำลังค้นหาองค์กร…
settings-orgs-found = องค์กรที่คีย์นี้มองเห็น: { $count } โปรดเลือกหนึ่งองค์กรในช่อง ID องค์กร
settings-orgs-none = คีย์นี้มองไม่เห็นองค์กรใดเลย โปรดตรวจสอบว่าเป็นคีย์ Admin API ขององค์กร ไม่ใช่โทเค็น API ส่วนตัว
settings-checking = กำลังตรวจสอบการเชื่อมต่อกับ Atlassian…
settings-check-col-check = รายการตรวจสอบ
settings-check-col-result = ผลลัพธ์
settings-check-col-detail = ความหมาย
settings-check-result-ok = ใช้งานได้
settings-check-result-unused = ไม่ได้ใช้
settings-check-result-failed = ต้องแก้ไข
settings-check-ok-detail = Atlassian ยอมรับข้อมูลรับรองและตอบกลับแล้ว
settings-check-status = คำตอบของ Atlassian สำหรับฝ่ายสนับสนุน: HTTP { $status }
settings-check-summary = รายการที่ใช้งานได้: { $working } จาก { $total }
settings-check-outcome-timeout = ไม่มีการตอบกลับภายใน { $seconds } วินาที: Atlassian อาจช้าหรือล่ม โปรดลองอีกครั้งในอีกไม่กี่นาที
settings-check-outcome-rate-limited = ขณะนี้ Atlassian กำลังจำกัดจำนวนคำขอ (มีคำขอมากเกินไปในเวลาสั้น ๆ) โปรดลองอีกครั้งในอีกหนึ่งนาที
settings-check-outcome-server-error = Atlassian เกิดปัญหาทางฝั่งของตนและไม่สามารถตอบกลับได้ โปรดลองอีกครั้งภายหลัง
settings-check-outcome-rejected = Atlassian ปฏิเสธคำขอตามที่ส่งไป รายละเอียดอยู่ในบันทึกของเซิร์ฟเวอร์
settings-nav-label = ส่วนต่าง ๆ ของการตั้งค่า
settings-danger-title = โซนอันตราย
settings-danger-unlock = ปุ่มจะใช้งานได้เมื่อพิมพ์ DELETE แล้ว

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = ปิดใช้งาน{ $users }
job-title-reactivate = เปิดใช้งาน{ $users }อีกครั้ง
job-title-revoke_access = เพิกถอน { $subjects } จาก{ $users }
job-title-assign_access = มอบ { $subjects } ให้{ $users }
job-title-remove_customer = นำ{ $users }ออกจาก { $subjects }
job-title-add_customer = เพิ่ม{ $users }กลับเข้า { $subjects }
job-undo-of-job = การย้อนกลับงาน { $job }
bulk-plan-disable_account = ปิดใช้งาน (บัญชีที่มีการจัดการ)
bulk-plan-enable_account = เปิดใช้งานอีกครั้ง (บัญชีที่มีการจัดการ)
bulk-plan-suspend = ระงับสิทธิ์เข้าถึงองค์กร
bulk-plan-restore = คืนสิทธิ์เข้าถึงองค์กร
bulk-plan-leave_group = นำออกจากกลุ่ม { $object }
bulk-plan-join_group = เพิ่มเข้ากลุ่ม { $object }
bulk-plan-revoke_role = เพิกถอนสิทธิ์เข้าถึง { $object }
bulk-plan-assign_role = มอบสิทธิ์เข้าถึง { $object }
bulk-plan-remove_customer = นำออกจาก { $object }
bulk-plan-add_customer = เพิ่มกลับเข้า { $object }
bulk-changing = ผู้ใช้ที่จะเปลี่ยนแปลง
bulk-change = การเปลี่ยนแปลง
bulk-search = ค้นหาตามชื่อหรืออีเมล
bulk-search-none = ไม่มีผู้ใช้ที่ตรงกับการค้นหานี้
job-outcome-confirmed = เสร็จแล้ว: Atlassian ยืนยันการเปลี่ยนแปลง
job-outcome-refused = Atlassian ปฏิเสธการเปลี่ยนแปลง
job-outcome-unavailable = Atlassian ยังไม่รับการเปลี่ยนแปลงในขณะนี้ (ไม่ว่างหรือใช้งานไม่ได้)
bulk-their-desks = เซอร์วิสเดสก์ที่เคยอยู่

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = ตัวกรอง
filters-active = ตัวกรองที่ใช้อยู่
filter-chip = { $name }: { $value }
filter-remove = นำตัวกรองออก: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = ไม่มีสิทธิ์เข้าถึง
card-no-access = ลงชื่อเข้าใช้ไม่ได้ (ถูกระงับหรือปิดใช้งานแล้ว): { $formatted }
column-places = โปรเจกต์และสเปซ
csv-places = โปรเจกต์และสเปซ (บทบาท)
places-more = และอีก { $more }
export-style = เซลล์ CSV
export-style-readable = ป้ายกำกับที่อ่านง่าย
export-style-codes = รหัสสำหรับสคริปต์

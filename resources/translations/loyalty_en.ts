<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ActionLists</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits (12 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (12 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for marketing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a coupon to this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed: no visit in N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed on {0}: no visit in N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhappy customers (open follow-ups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), {consenting} of them agreed to marketing</source>
        <translation>
            <numerusform>%n member, {consenting} of them agreed to marketing</numerusform>
            <numerusform>%n members, {consenting} of them agreed to marketing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to {path}</source>
        <translation>
            <numerusform>Exported %n member to {path}</numerusform>
            <numerusform>Exported %n members to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left out: no marketing consent</source>
        <translation>
            <numerusform>; %n left out: no marketing consent</numerusform>
            <numerusform>; %n left out: no marketing consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign “{campaign}”: %n coupon(s) issued</source>
        <translation>
            <numerusform>Campaign “{campaign}”: %n coupon issued</numerusform>
            <numerusform>Campaign “{campaign}”: %n coupons issued</numerusform>
        </translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (+ or −)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The loyalty till and back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation on a temporary shop (a sale with a coupon, the PDFs, the main window), print one line and quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. An owner or a manager approves it with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner or manager has a PIN yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in while locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff card linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon designed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupons issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon scans locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member&apos;s data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item list imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item taken off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message template deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till&apos;s suggested coupon chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member filter saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member filter deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI targets changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync packages imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head till set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sign-in problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all staff changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sales and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all points changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all coupon actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all member changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all member filter changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all item list changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all message templates and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all syncs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy kept before restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged file kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the CSV export)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest {0} lines; the export has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) saved to {path}</source>
        <translation>
            <numerusform>%n line saved to {path}</numerusform>
            <numerusform>%n lines saved to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>{0:,} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day this till backs the shop up into the folder when it starts or closes. 7 daily, 4 weekly and 12 monthly backups are kept. A USB stick or another disk keeps them safe when this computer fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder, e.g. on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.db *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shop from {0}?

Everything now in the shop is replaced by the data in this backup. The current data is kept as a pre-restore copy next to the database.

The file is checked first; loyalty-desktop closes after the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}. The data from before the restore is kept in {1}.

loyalty-desktop closes now; start it again to work with the restored shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoughtTogether</name>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>last %n month</numerusform>
            <numerusform>last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the item&apos;s sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift above 1: bought together more often than chance would have it — a bundle or a display side by side may sell more. Pairs on at least {0} sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the sales of the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>No items were bought together yet: sales need their items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPdf</name>
    <message>
        <source>Member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shop} member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shop} member cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSheetDialog</name>
    <message>
        <source>Print member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cards of the %n chosen member(s)</source>
        <translation>
            <numerusform>Card of the chosen member</numerusform>
            <numerusform>Cards of the %n chosen members</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank cards with new numbers (pre-printed stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {0} cards at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many blank cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten cards to an A4 page, with cut marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to {path}</source>
        <translation>
            <numerusform>%n card saved to {path}</numerusform>
            <numerusform>%n cards saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n page)</numerusform>
            <numerusform>(%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not between {low:,} and {high:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: {database} (schema {revision})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop: {members}, {sales} ({walk_in} walk-in), {redemptions}, {refunds}, {answers} ({follow_ups} to follow up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s)</source>
        <translation>
            <numerusform>%n redemption</numerusform>
            <numerusform>%n redemptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n survey answer</numerusform>
            <numerusform>%n survey answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled {name}: card {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change for {name} ({card})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {name} ({card}): {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card for {name}: {card} (card {old} is no longer valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything held about member {card}: %n file(s) in {folder}</source>
        <translation>
            <numerusform>Everything held about member {card}: %n file in {folder}</numerusform>
            <numerusform>Everything held about member {card}: %n files in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the personal details of {name} ({card})? The name, phone, birthday, tags and survey comments are removed for good; sales, points and coupons stay, without a name. Type yes to erase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased the personal details of member {card}; their sales, points and coupons stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to {path}</source>
        <translation>
            <numerusform>%n card written to {path}</numerusform>
            <numerusform>%n cards written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{card}  {name}  {phone}  {balance} pts  {tier}  last visit {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>no last visit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, balance {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({card})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <comment>a customer who is not a member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {id} for {who}: paid {paid}, +{earned} / -{redeemed} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {amount} of sale {sale}: -{reversed} earned, +{returned} redeemed points back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — balance is negative, member flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted {card} by {points:+d}: balance {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import {imported} of {rows} {what} rows ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {imported} of {rows} {what} rows ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column ignored: {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) written to {file}</source>
        <translation>
            <numerusform>%n bad row written to {file}</numerusform>
            <numerusform>%n bad rows written to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {count} {what} rows to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half_up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first_visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on_day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>  promotion {name}: {pct}% on weekdays {days} {start}..{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {name}: from {threshold}, {pct}% points, {off}% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward: {name} = {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Earning: %n point(s) per whole yuan paid ({rounding}), minimum spend {minimum}, cap {cap}</source>
        <translation>
            <numerusform>Earning: %n point per whole yuan paid ({rounding}), minimum spend {minimum}, cap {cap}</numerusform>
            <numerusform>Earning: %n points per whole yuan paid ({rounding}), minimum spend {minimum}, cap {cap}</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no cap</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <comment>every weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption: {points} points = 1 yuan off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers by {basis} over {window}, grace {grace}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Bonuses: enrolment {enrolment}, birthday {birthday} ({mode}, {days} days), referral {referrer}/{referee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: after {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules saved; they apply from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules saved; they apply from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n sale(s)</source>
        <translation>
            <numerusform>every sale</numerusform>
            <numerusform>every %n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>member sales</source>
        <comment>the survey asks after every member sale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey on: asks {how}, a member at most once in {days}, waits {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey off: asks {how}, a member at most once in {days}, waits {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey saved (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n survey response(s) to {file}</source>
        <translation>
            <numerusform>Exported %n survey response to {file}</numerusform>
            <numerusform>Exported %n survey responses to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>compared with {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report {month} ({compared})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  buyers: {returning} returning, {new} new; {repeat} bought twice or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  segments: {segments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the segments of the monthly report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) of {list} to {file}</source>
        <translation>
            <numerusform>Exported %n member of {list} to {file}</numerusform>
            <numerusform>Exported %n members of {list} to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>; {count} left out: no marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet: loyalty import items FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filter {name!r} ({members} now); use it as saved:{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expired {points} points of %n member(s)</source>
        <translation>
            <numerusform>Expired {points} points of %n member</numerusform>
            <numerusform>Expired {points} points of %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired {points} points ({members}), {bonuses}, {downgrades}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n birthday bonus(es)</source>
        <translation>
            <numerusform>%n birthday bonus</numerusform>
            <numerusform>%n birthday bonuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downgrade(s)</source>
        <translation>
            <numerusform>%n downgrade</numerusform>
            <numerusform>%n downgrades</numerusform>
        </translation>
    </message>
    <message>
        <source>Template {id}: {name} — {offer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}  {name} — {offer}; {validity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon templates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}  {name} ({template}, {target}): {redeemed} of {issued} redeemed ({rate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer</source>
        <comment>a coupon anyone holding it may use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Campaign {id} ({name}): %n coupon(s), {skipped} skipped at the limit</source>
        <translation>
            <numerusform>Campaign {id} ({name}): %n coupon, {skipped} skipped at the limit</numerusform>
            <numerusform>Campaign {id} ({name}): %n coupons, {skipped} skipped at the limit</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupon {code} is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit line(s) saved to {file}</source>
        <translation>
            <numerusform>%n audit line saved to {file}</numerusform>
            <numerusform>%n audit lines saved to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit lines match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file} ({size:,} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated out: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Targets (▲▼: against the month before; then the last %n month(s)):</source>
        <translation>
            <numerusform>Targets (▲▼: against the month before; then the last month):</numerusform>
            <numerusform>Targets (▲▼: against the month before; then the last %n months):</numerusform>
        </translation>
    </message>
    <message>
        <source>No targets set: loyalty targets set METRIC VALUE ({metrics})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target set: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target cleared: {label} ({metric})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} + {second}: {together} sales together, lift {lift:.2f}, {share} of {first}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items were bought together on {least} sales or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved message template {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted message template {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n message to {file}</numerusform>
            <numerusform>Wrote %n messages to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to export since package {sequence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is the head till: its rules, survey and staff travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is not the head till (the shop&apos;s head: {till}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages imported: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here (skipped): {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for earlier packages: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edit conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {rows} to {target}; `loyalty check` passes on both and every table has the same rows. {source} is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the shop&apos;s data in {database} with {file}? The current data is kept as a pre-restore copy. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {file} (schema {revision}) into {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data before the restore is kept in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act as this staff account (its PIN is asked, or LOYALTY_PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON document on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns (a header row; any order, any case):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  members: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    name is required, and card or phone; points is an opening balance (also: balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sales: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    receipt, timestamp and amount are required; card or phone finds the member
    (neither: a walk-in sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Chinese: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates YYYY-MM-DD or 1980/1/2; times YYYY-MM-DD HH:MM[:SS] or 2026/11/22 9:15 (shop
time); amounts in yuan: 88.50, 1,280.00; files in UTF-8, UTF-8 with BOM or GBK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every format: {doc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty-desktop from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or migrate the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with a demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show progress even when not on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol and find members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep a card number from a previous system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees to receive marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card or phone of the referring member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a member&apos;s name, phone, birthday, tags or consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags separated by ; (replace the member&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees (or no longer agrees) to receive marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a member a new card number for a lost card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from pre-printed card stock (default: a new number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write everything held about a member into a folder: JSON and CSV (owner only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a member&apos;s personal details at their request; sales and points stay (owner only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, e.g. the request and its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print member cards on an A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N blank cards with new numbers for pre-printed stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find members by card, phone, last 4 digits or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a sale (CARD_OR_PHONE &apos;-&apos; for a walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in yuan, e.g. 88.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-dated receipt, shop time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeem a coupon on this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idempotency key: the same key again gives the first sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm an amount above the rules&apos; confirm threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund a sale, whole or in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: all that is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner&apos;s points correction with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the good rows, write the bad ones to a reject file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject file (default FILE.rejected.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported sales earn no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members imported or enrolled by --create-members get the enrolment bonus (by default they are not new members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol unknown cards/phones instead of refusing the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales only: the sales&apos; lines (receipt, code, name, category, quantity, unit_price), adding up to each sale&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items the till sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export members, sales or the points ledger to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon templates and issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan off (fixed), percent (percent), item price in yuan (free_item), points (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent coupons: most money off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free_item: what is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid for D days from issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first valid day (default: the day it is issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last valid day (instead of --days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone holding it may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not with points redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coupon templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaigns and their redemption rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue coupons as one campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all, tier:NAME, tag:TAG, birthday-month:M or lapsed:DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also print them on an A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void an open coupon (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme&apos;s rules as one JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the rules (--json: the whole document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the rules with a validated JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force from the start of this past date (for imported history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counter survey and its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the survey (--json: the whole document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the survey with a validated JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export every response to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly report and action lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly repeat-customer report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF language (default: this till&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items bought together (pairs by lift), for bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the sales of this many months back (default 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only pairs on at least this many sales (default 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most this many pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export an action list of members to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lists} or saved:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed: no visit in this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the list is drawn up for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for marketing: only members who agreed to receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message templates for SMS or WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a message template (replacing one of that name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message; fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message for each consenting member of an action list, to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s KPI targets, shown against each monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {metrics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a target (owner or manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the owner says it: 25 for 25%%, 88.50 yuan, NPS -100..100, CSAT 1..5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved member filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a member filter as saved:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least N days since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N days since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent at least this in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent at most this in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved member filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run points expiry (idempotent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expire what lapsed by the end of DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry, birthday bonuses on the day, monthly tier review (idempotent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify every data invariant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also check every index of the database file against its table (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read or export the audit trail, newest first (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one staff member&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one action (sale.refund), or a family ending in a dot (staff.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this shop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to this shop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every matching line to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back the shop up with SQLite&apos;s online backup (SQLite shops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder gets a dated file, another path is the file; default: this till&apos;s backup folder, rotated to 7 daily, 4 weekly, 12 monthly backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the shop&apos;s data with a checked backup; the current data is kept as a pre-restore copy (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import members, sales or the item list from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till-to-till sync packages in a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write what this till made since its last export as a package (owner, manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import other tills&apos; packages; already imported ones are skipped (owner, manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package, or a sync folder holding packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member edits made at two tills offline: the values that lost (owner, manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set whether this till is the head till (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till&apos;s rules, survey and staff travel to the other tills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till no longer sends them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the shop is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy this shop into an empty PostgreSQL database and check both (owner); this shop&apos;s database is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty: interrupted; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponPdf</name>
    <message>
        <source>Spend ¥{spend}, save ¥{off}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥{off} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (up to ¥{cap} off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bonus point(s)</source>
        <translation>
            <numerusform>%n bonus point</numerusform>
            <numerusform>%n bonus points</numerusform>
        </translation>
    </message>
    <message>
        <source>For the member&apos;s own use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be combined with paying by points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a purchase of ¥{spend} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {name} {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shop} coupons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponTerms</name>
    <message>
        <source>¥{value} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}% off (up to ¥{cap})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bonus point(s)</source>
        <translation>
            <numerusform>%n bonus point</numerusform>
            <numerusform>%n bonus points</numerusform>
        </translation>
    </message>
    <message>
        <source> with a purchase of ¥{minimum} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from {first}</source>
        <translation>
            <numerusform>%n day from {first}</numerusform>
            <numerusform>%n days from {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from issue</source>
        <translation>
            <numerusform>%n day from issue</numerusform>
            <numerusform>%n days from issue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouponsView</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) issued in campaign {campaign}</source>
        <translation>
            <numerusform>%n coupon issued in campaign {campaign}</numerusform>
            <numerusform>%n coupons issued in campaign {campaign}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped at the per-member limit</source>
        <translation>
            <numerusform>; %n skipped at the per-member limit</numerusform>
            <numerusform>; %n skipped at the per-member limit</numerusform>
        </translation>
    </message>
    <message>
        <source>bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone (bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon designed; issue it with Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save coupon sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a coupon first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {0} is void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned {0} points · balance {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your feedback!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedShopDialog</name>
    <message>
        <source>The shop&apos;s database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.db *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup {0} in place of the damaged database?

The backup is checked first. The damaged file is kept beside it under a new name; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}. The damaged file is kept as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COHORTS: SHARE WHO BOUGHT, BY MONTHS SINCE ENROLMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments at the end of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>SQLite file (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (several tills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this shop to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in: the till asks for it each time it starts. It is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time loyalty-desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One till. The file must be on this computer&apos;s own disk: on a network drive SQLite&apos;s locking is unreliable and the shop could be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till works on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {0}. The database is empty: move this shop to it, or a till that starts on it begins a new shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to {0}: a shop with %n member(s); its schema is upgraded when a till starts on it.</source>
        <translation>
            <numerusform>Connected to {0}: a shop with %n member; its schema is upgraded when a till starts on it.</numerusform>
            <numerusform>Connected to {0}: a shop with %n members; its schema is upgraded when a till starts on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to {0}: a shop with %n member(s).</source>
        <translation>
            <numerusform>Connected to {0}: a shop with %n member.</numerusform>
            <numerusform>Connected to {0}: a shop with %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: from the next start this till works on its SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: from the next start this till works on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password will be asked for when the till starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving this shop to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n row(s); `loyalty check` passes on both and the SQLite file is unchanged. From the next start this till works on {0}.</source>
        <translation>
            <numerusform>Moved %n row; `loyalty check` passes on both and the SQLite file is unchanged. From the next start this till works on {0}.</numerusform>
            <numerusform>Moved %n rows; `loyalty check` passes on both and the SQLite file is unchanged. From the next start this till works on {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultRules</name>
    <message>
        <source>My Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.25× points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5× points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tenths} tenths of the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Earning</name>
    <message>
        <source>below the minimum spend of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{yuan} yuan × {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap {points}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive offers (SMS / WeChat / e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive offers (SMS / WeChat / e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card or phone of the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, {0}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save member card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>Erase member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal details of {0} (card {1}) at their request?

Removed for good: the name, phone, birthday and tags, the marketing consent, their survey comments and the notes of calls back to them.
Kept, without a name: their sales, points, coupons and survey scores, so every report total stays the same.

Card {1} is refused from then on. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asked at the counter on 2026-11-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} has too many decimals (at most {places})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {least}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than {least}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date and time (YYYY-MM-DD HH:MM[:SS])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} has no time of day (YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not between {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount in yuan (e.g. 88.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than ¥{most}, the most one amount may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} is more than {most:,} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a phone number: expected a mobile number (11 digits starting with 13-19), a landline with its area code (e.g. 010-88886666) or + and a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} looks like a number Excel rewrote; format the column as text and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} may only hold letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} was replaced by a new card and cannot be given out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member with id {member_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the member enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a walk-in sale cannot redeem points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund cannot come before its sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for an adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for an erasure (e.g. the member&apos;s request and its date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff member {staff_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reward called {name!r} in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is in the future; give today or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has data; the demo fills an empty shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no manifest.json (not a sync package, or not copied whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest.json is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not match its checksum (damaged or changed since the export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} of {file} is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer version of the program made it (schema {revision}): update this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from another shop (this till already has sales of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {file} does not follow what till {till} sent before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} refers to a row that is not here ({uuid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync package of this name is there already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such folder or package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mistyped (its check character is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such coupon was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already used (sale {sale_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void (by the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not issued yet at the time of the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is for members: scan the member&apos;s card first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a purchase of ¥{min_spend} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be combined with redeeming points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus points need a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was just used at another till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is redeemed, not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is void, not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked for {seconds} s after repeated failed scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required to void a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has already passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} has already passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active coupon template {template_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this template is for members only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not an occasion for an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this coupon is no longer the member&apos;s suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} lines in one sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines add up to {total}, not to the sale&apos;s amount {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is already an item&apos;s code or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item on the list has the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a receipt of the sales file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member matched and no bearer count given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} coupons in one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design a coupon first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a points coupon gives at most {most:,} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon is worth at most ¥{most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percent coupon takes at most 100% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free-item coupon needs the item&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give valid_days or valid_until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_until is before valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekdays are 1 (Monday) to 7 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end is before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first tier must have threshold 0 (every member is in a tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier thresholds overlap: {upper} ({upper_threshold}) must be above {lower} ({lower_threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier names must be different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four thresholds from 1 to at most {most}, rising from score 5 to score 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four thresholds from 1 to at most {most}, falling from score 5 to score 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward names must be different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a Chinese or an English wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice question has 2 to 6 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} question has no answers to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey asks NPS or CSAT (or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey has 1 to 3 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each kind of question may be asked once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one extra question: either a choice or a free-text question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this survey does not ask it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no answer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale {sale_id} did not ask the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale {sale_id} is already answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no follow-up {follow_up_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r}: use open, contacted or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed: write a note or a new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last month is before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} has not begun yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r}: use {grammar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 40 characters, without &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved filter {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r}: use {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message template {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another message template is already called {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the braces do not pair up (a field is one name between two braces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the field {text!r} without ! or : after its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a field; the fields are {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database at {path}; create it with `loyalty init`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (a header row is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {line}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts like UTF-8 (a BOM) but is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not {encodings} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values} values but the header has {columns} columns (a value with a comma needs quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {columns} appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {columns} appears more than once (as {spelt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a column named {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (it makes re-imports safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} is already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} appears {times} times in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card and phone belong to different members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member with {field} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist (is the USB stick plugged in?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sync folder is chosen (Settings → Sync): a folder every till can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup folder is chosen (Settings → Backups); or give a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL shop is backed up with pg_dump and restored with pg_restore, on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a loyalty-desktop shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`loyalty check` fails on it ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the shop&apos;s database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed (answer y, or give --yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s database is not damaged: the owner restores it, signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another till changed the same record at the same moment; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema revision {revision} is older than this program&apos;s ({head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema revision {revision} is older than this program&apos;s ({head}) and cannot be upgraded here ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema revision {revision} is newer than this program; update loyalty-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is on a network drive ({kind}), where SQLite&apos;s locking is unreliable and the shop could be damaged; keep it on this computer, or let the tills share a PostgreSQL server (Settings → Database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database does not exist on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shop moves to a PostgreSQL server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already holds a shop; a shop moves only into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL driver is not installed: pip install loyalty-desktop[postgres]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no driver for {driver} ({module} is not installed); loyalty-desktop works with SQLite and PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least {least} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not start or end with a space, nor hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another account is already called {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop needs at least one active owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN; {left} more wrong tries lock the account for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many wrong PINs: the account is locked for {seconds} more seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account has no PIN yet; the owner sets one in Settings → Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such active account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active account is called {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff account is called {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shop&apos;s staff sign in: add --staff NAME (the PIN is asked, or LOYALTY_PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIN is needed: run on a terminal or set LOYALTY_PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s account is already set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount {value!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {what}; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {card} is mistyped (its check digit is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member with card or phone {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {card} was replaced by a new card and is no longer valid; ask for the new card or find the member by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {card} was removed at their request; their details cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {card} belonged to a member whose details were erased at their request; it can no longer be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed, so nothing was changed: answer yes on a terminal, or add --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} already belongs to member {card} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot redeem {requested} points: the balance is {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot redeem {requested} points: at most {maximum} fit this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points are redeemed in steps of {step}; {requested} is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sale of {amount} is above {threshold}: confirm the amount is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sale {sale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot refund {requested}: only {refundable} of sale {sale_id} is left to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale {sale_id} is already fully refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} is already recorded (sale {sale_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {coupon}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon template named &quot;{name}&quot; already exists (template {template_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: not on the member card linked to your own account; ask a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign in: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} needs the {role} role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} in {file}; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n bad row</numerusform>
            <numerusform>%n bad rows</numerusform>
        </translation>
    </message>
    <message>
        <source>check: {broken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) broken</source>
        <translation>
            <numerusform>%n invariant broken</numerusform>
            <numerusform>%n invariants broken</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is busy (another till or a long job is writing); try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database {url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server cannot be reached; nothing was saved — try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database {path} is damaged ({detail}); nothing was written to it. Restore your latest backup with `loyalty restore BACKUP` or with Restore a backup… as the app starts (the damaged file is kept, renamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale key {key} already recorded sale {sale_id} with different details ({field}); a new sale needs a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail} (see {prog} --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}; the current database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not imported: {reason}; nothing was imported from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal file of the shop&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of the shop&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusting points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunding a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designing coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voiding coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving the till&apos;s suggested coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a member filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a member filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working the follow-up queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the KPI targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managing staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing members or sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasing a member&apos;s personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeing members&apos; full phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund above the cashiers&apos; limit or of an earlier day&apos;s sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing with the other tills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choosing the shop&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing_consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members/months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit_price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>New member filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least … days since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most … days since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent at least (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent at most (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Till keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search / confirm the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a member (phone, last 4 digits, name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem points on this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem all the points this sale can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a coupon code (or just scan it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in sale (no member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reward from the catalogue for points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer the survey on this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the till / switch cashier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file of members, sales or items (UTF-8 or GBK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} ({encoding}): %n row(s).</source>
        <translation>
            <numerusform>{file} ({encoding}): %n row.</numerusform>
            <numerusform>{file} ({encoding}): %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported.</source>
        <translation>
            <numerusform>%n can be imported.</numerusform>
            <numerusform>%n can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (see the table).</source>
        <translation>
            <numerusform>%n row has problems (see the table).</numerusform>
            <numerusform>%n rows have problems (see the table).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import the good rows and leave out the %n bad row(s)</source>
        <translation>
            <numerusform>Import the good rows and leave out the bad one</numerusform>
            <numerusform>Import the good rows and leave out the %n bad ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out (not known): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n member from {file}.</numerusform>
            <numerusform>Imported %n members from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sale(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n sale from {file}.</numerusform>
            <numerusform>Imported %n sales from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) added.</source>
        <translation>
            <numerusform>%n point added.</numerusform>
            <numerusform>%n points added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out, written with their problems to {path}</source>
        <translation>
            <numerusform>%n bad row left out, written with its problem to {path}</numerusform>
            <numerusform>%n bad rows left out, written with their problems to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: undoing what was imported…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one member (card or phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer coupons (flyer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card / phone · or all, tier:Gold, tag:coffee, birthday-month:11, lapsed:60 · or a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Change an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan it here, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 28.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till scans these codes or barcodes into a sale&apos;s lines. A new price applies to the next sales; sales already made keep theirs. Import… reads a whole list (code, name, category, barcode, price): new codes are added, known ones changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “{0}” off the item list? The till will no longer find it; sales that sold it keep their lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is off the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerNotes</name>
    <message>
        <source>enrolment bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday bonus {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral bonus (welcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral bonus for {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral bonus taken back (refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening balance from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {code} bonus taken back (refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday bonus {year} given again at another till: taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale refunded again at another till: points settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>loyalty-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner or a manager reads survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner or a manager reads the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch cashier (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer display needs a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily housekeeping: {0} of {1} members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily housekeeping: {0} points expired, {1} birthday bonuses, {2} downgrades</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <source>Adjust points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the member, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the member&apos;s personal details at their request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {0} · phone {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points {0} (worth {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) · last {0}</source>
        <translation>
            <numerusform>%n visit · last {0}</numerusform>
            <numerusform>%n visits · last {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the member&apos;s data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {0}</source>
        <translation>
            <numerusform>%n file written to {0}</numerusform>
            <numerusform>%n files written to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal details of card {0} were erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {0} is now {1}. Print the new card for {2}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled {0} · birthday {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the member&apos;s details (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative balance: points were refunded after being spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: earned points back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: redeemed points returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>MEMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer wants offers by SMS, WeChat or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a card, or type a phone number, its last 4 digits or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points are earned on a walk-in sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last visit {0} · %n visit(s)</source>
        <translation>
            <numerusform>Last visit {0} · %n visit</numerusform>
            <numerusform>Last visit {0} · %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · usually every ~%n day(s)</source>
        <translation>
            <numerusform> · usually every ~%n day</numerusform>
            <numerusform> · usually every ~%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} points expire on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owes {0} points — new points pay this off first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items a member usually buys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually buys {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday today!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Birthday in %n day</numerusform>
            <numerusform>Birthday in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more visit(s) to {0}</source>
        <translation>
            <numerusform>%n more visit to {0}</numerusform>
            <numerusform>%n more visits to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer: {0} — F10 gives it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Search card, phone, last 4 digits or name …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members or sales from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of the chosen members, or blank cards for pre-printed stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} member(s)</source>
        <translation>
            <numerusform>{0} member</numerusform>
            <numerusform>{0} members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>the member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points lapsing soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day they lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member&apos;s tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their newest unused coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no points lapsing within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unused coupon to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons members were left out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {reason}</source>
        <comment>how many members were left out, and why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left out: {reasons}</source>
        <translation>
            <numerusform>%n left out: {reasons}</numerusform>
            <numerusform>%n left out: {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>Messages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet: write one with New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the message template “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) to {0}</source>
        <translation>
            <numerusform>Wrote %n message to {0}</numerusform>
            <numerusform>Wrote %n messages to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferChoices</name>
    <message>
        <source>Suggested at the till (F10 hands it over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s suggestion is saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>birthday this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular back after a long absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>SQLite database file of the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any SQLAlchemy database URL (instead of --db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <source>The member card of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card or phone; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own member card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayPanel</name>
    <message>
        <source>TO PAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sale {0} · paid {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Upgraded to {0}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned {0} · redeemed {1} · balance {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickMemberDialog</name>
    <message>
        <source>Which member?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} member(s) match. Choose one:</source>
        <translation>
            <numerusform>{0} member matches. Choose one:</numerusform>
            <numerusform>{0} members match. Choose one:</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Ask the survey at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Nth sale (members and walk-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extra question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer per line: Chinese | English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same member at most once in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions (Chinese | English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the survey in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey saved; it is asked from the next sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {0} · {1} · paid {2} · already refunded {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer returned the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faulty or damaged goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong amount keyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: sale number, receipt, card or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter preview · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose or type why (it goes on the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter refunds · Esc back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back {0} earned points, gives back {1} redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {0} stays used (only a full refund returns it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {0} is given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {0} has expired and is not given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {0} of sale {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance is now negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <source>Replace card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} gets a new card number and card {1} is refused from then on. Points, sales and coupons stay with the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a purchase this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of buyers with 2+ sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning-customer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of buyers who bought before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month&apos;s buyers who came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net of wholly refunded sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, net of refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member revenue ÷ member sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member revenue ÷ all revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% promoters − % detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction score (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of 1–5 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction surveys answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn-risk members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away over 90 days and over twice their usual gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate; see the note below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon redemption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons issued this month and redeemed by its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers: new and returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchase and retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued, redeemed and outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: NPS and CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent and frequent buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back regularly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just made a first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent, could come more often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to come often, not lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months met: {met} of {known}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Monthly repeat-customer report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {prev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* CLV is an estimate: revenue per buyer per month over the last 12 months × the expected lifetime implied by the observed monthly retention (1 ÷ (1 − mean retention), at most 60 months). It counts revenue, not margin, and is an average, not a forecast for any one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;—&quot; means there is nothing to compute it from (no buyers, no survey answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points and points liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points liability = the points members hold at month end, at their redemption value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends ({first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts: share of members who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+0 is the month of enrolment, +1 the month after, and so on: the share of the cohort who bought in that month. Darker means a larger share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top members this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member bought anything this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn-risk members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member was at churn risk at the month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} members at risk in all; the {shown} away longest are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: at or above the target. ▲▼: against the month before. The dashed line is the target, the dots the months with a figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>A new PIN for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NPS, last %n month(s)</source>
        <translation>
            <numerusform>NPS, last month</numerusform>
            <numerusform>NPS, last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>the last month</numerusform>
            <numerusform>the last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (members and walk-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS (−100 … 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (1 … 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT CUSTOMERS WROTE — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>Reward for points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty: the owner adds rewards in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {0} more points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} given for {1} points · balance {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <source>THIS SALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ×{1}  {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthdays in month {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churn-risk members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthdays in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthdays this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhappy customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved filter {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no visit in %n day(s)</source>
        <translation>
            <numerusform>no visit in %n day</numerusform>
            <numerusform>no visit in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS {nps} CSAT {csat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last visit</source>
        <translation>
            <numerusform>%n day since the last visit</numerusform>
            <numerusform>%n days since the last visit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, usually every %n day(s)</source>
        <translation>
            <numerusform>, usually every day</numerusform>
            <numerusform>, usually every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>, usually every {gap} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <source>Password of {user} on the shop&apos;s server {host}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetUpOwnerDialog</name>
    <message>
        <source>Set up the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs in with this name and PIN, and adds the staff in Settings → Staff. A PIN has at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up and sign in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this till; applies at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this till after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never on the till&apos;s own screen: with one screen there is no customer display and the survey is asked with F9. Applies at once, to this till only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: a screen that is not the till&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points = ¥1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s sales only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day&apos;s sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays (1=Mon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per whole yuan paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum spend to earn (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points per sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to confirm a sale above (¥, 0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cashier refunds alone up to (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net spend (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits shown at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace before a downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds are yuan of net spend, or visits, in the window; the first tier starts at 0. Upgrades happen on the sale that crosses a threshold; downgrades at the monthly review after the grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the first visit in the days after the birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatically on the birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral: the member who referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral: the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…on their first purchase of at least (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit at most … days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least … visits in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent at least ¥ … in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the score-2 line a member scores 1. Champions, loyal, new, potential, at risk, hibernating and lost come from the recency and frequency scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: a sale of ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paying {0} after the member discount,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}{2} earns {3} points   [{4}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The rules apply from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The two PINs differ: type them again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name (arrows or first letters), then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account cannot sign in, and its name stays on the sales and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Not at all likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type here (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer survey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {phone} was enrolled at two tills: kept by the member enrolled first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once-only entry {key} was given at two tills (entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon {coupon} was redeemed at two tills: sale {sale} came second and keeps its discount (for the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules, survey and staff from till {till} skipped: till {head} is the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} survey answers of till {till} skipped: their survey is not the head&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale {sale} was refunded at two tills, together more than was paid: its points are settled by till {by_till}; the money was refunded twice (for the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {member}: {field} was changed at two tills; {lost} (till {lost_till}, {lost_at}) gave way to {won} (till {won_till}, {won_at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync when this till starts and when it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member details changed at two tills offline, and the values that lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each till leaves the members, sales and points it made in this folder and takes in the other tills&apos;. Choose a folder every till reaches: a shared folder on the shop&apos;s network, a cloud-drive folder, or a USB stick carried from till to till. Importing the same package twice, or packages in any order, counts nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder every till can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till syncs through {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In: %n package(s) from the other tills</source>
        <translation>
            <numerusform>In: %n package from the other tills</numerusform>
            <numerusform>In: %n packages from the other tills</numerusform>
        </translation>
    </message>
    <message>
        <source>Out: package {0} with {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out: nothing new since package {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for earlier packages of their till: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), settled as below:</source>
        <translation>
            <numerusform>%n conflict, settled as below:</numerusform>
            <numerusform>%n conflicts, settled as below:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member edit(s) lost to another till&apos;s:</source>
        <translation>
            <numerusform>%n member edit lost to another till&apos;s:</numerusform>
            <numerusform>%n member edits lost to another till&apos;s:</numerusform>
        </translation>
    </message>
    <message>
        <source>No member edit lost to another till&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>KPI targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Reports view and the monthly PDF compare each month with. Leave a field empty for no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−100 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>TARGETS FOR {0} · DASHED ON THE CHARTS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Design a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥ off, %, item price ¥, or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent coupons: most ¥ off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for members only (bound to the member it is issued to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be combined with redeeming points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money off (¥10 off ¥100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s)</source>
        <translation>
            <numerusform>%n coupon</numerusform>
            <numerusform>%n coupons</numerusform>
        </translation>
    </message>
    <message>
        <source>Item given free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum spend (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; sent as %n SMS</source>
        <translation>
            <numerusform>; sent as %n SMS</numerusform>
            <numerusform>; sent as %n SMS messages</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillView</name>
    <message>
        <source>Scan member card · phone · last 4 digits · name …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter  Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches “{0}” — F2: enrol with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon ready — scan the member card, or F6 for a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon ready — enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the coupon code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will get no more marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} added — scan the next item, or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in sale — enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a member first to redeem points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter to confirm · Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a member card first, or F6 for a walk-in sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon not taken: {0} — Enter again to sell without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded — check the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {0} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Record this sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {0} recorded — F9: ask the customer the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon to offer this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {0} given to {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey is on the customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey to ask: the survey chooses which sales ask it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answered for sale {0} — thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer did not answer; nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a member first to give a reward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void coupon {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to loyalty-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop has no members yet. Open a demo shop to look around with believable data (500 members, a year of sales), or start with an empty shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo shop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

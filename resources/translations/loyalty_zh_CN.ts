<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionLists</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished">会员卡号</translation>
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
        <translation type="unfinished">最近消费</translation>
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
    <message>
        <source>{0} members, {1} of them agreed to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} members to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} left out: no marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “{0}”: {1} coupons issued</source>
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
    <name>CouponPdf</name>
    <message>
        <source>Spend ¥{spend}, save ¥{off}</source>
        <translation>满{spend}减{off}元</translation>
    </message>
    <message>
        <source>¥{off} off</source>
        <translation>立减{off}元</translation>
    </message>
    <message>
        <source> (up to ¥{cap} off)</source>
        <translation>（最多减{cap}元）</translation>
    </message>
    <message>
        <source>Free {item}</source>
        <translation>免费兑换{item}</translation>
    </message>
    <message numerus="yes">
        <source>%n bonus point(s)</source>
        <translation>
            <numerusform>赠送%n积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until {day}</source>
        <translation>有效期至 {day}</translation>
    </message>
    <message>
        <source>For the member&apos;s own use only</source>
        <translation>限会员本人使用</translation>
    </message>
    <message>
        <source>Cannot be combined with paying by points</source>
        <translation>不可与积分抵现同时使用</translation>
    </message>
    <message>
        <source>On a purchase of ¥{spend} or more</source>
        <translation>满{spend}元可用</translation>
    </message>
    <message>
        <source>Member {name} {contact}</source>
        <translation>会员 {name} {contact}</translation>
    </message>
    <message>
        <source>{shop} coupons</source>
        <translation>{shop} 优惠券</translation>
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
        <translation type="unfinished">发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished">兑换</translation>
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
    <message>
        <source>bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
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
        <source>{0} coupons issued in campaign {1} ({2} skipped at the limit)</source>
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
    <name>Dashboard</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">入会月份</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">会员数</translation>
    </message>
    <message>
        <source>COHORTS: SHARE WHO BOUGHT, BY MONTHS SINCE ENROLMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sales · {1} churn-risk members · CLV estimate {2} · CSAT {3} from {4} answers · coupons issued {5}, redeemed {6}</source>
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
    <name>Display</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>减{percent}%</translation>
    </message>
    <message>
        <source>{tenths} tenths of the price</source>
        <translation>{tenths}折</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a member</source>
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
        <translation type="unfinished">会员姓名</translation>
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
        <translation type="unfinished">会员姓名</translation>
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
        <translation type="unfinished">净推荐值</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished">满意度评分</translation>
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
        <source>Walk-in</source>
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
    <message>
        <source>coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design a coupon first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
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
        <translation type="unfinished">会员数</translation>
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
    <message>
        <source>{0} visits · last {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled {0} · birthday {1}</source>
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
        <translation type="unfinished">兑换</translation>
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
    <message>
        <source>{0} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit {0} · {1} visits</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Card</source>
        <translation type="unfinished">会员卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">会员姓名</translation>
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
        <translation type="unfinished">入会月份</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Search card, phone, last 4 digits or name …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} members</source>
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
    <message>
        <source>{0} members match. Choose one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation type="unfinished">{0}个百分点</translation>
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
        <source> sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer per line: 中文 | English</source>
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
        <source>中文</source>
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
        <source>sale number or receipt</source>
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
        <source>Takes back {0} earned points, gives back {1} redeemed</source>
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
    <name>ReportFigures</name>
    <message>
        <source>Buyers</source>
        <translation>消费会员数</translation>
    </message>
    <message>
        <source>Members with a purchase this month</source>
        <translation>本月有消费的会员</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Share of buyers with 2+ sales</source>
        <translation>本月消费 2 次及以上的会员占比</translation>
    </message>
    <message>
        <source>Returning-customer rate</source>
        <translation>回头客占比</translation>
    </message>
    <message>
        <source>Share of buyers who bought before</source>
        <translation>本月前已消费过的老客占比</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Last month&apos;s buyers who came back</source>
        <translation>上月消费会员本月再次消费的比例</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>Enrolled this month</source>
        <translation>本月入会人数</translation>
    </message>
    <message>
        <source>Member sales</source>
        <translation>会员消费笔数</translation>
    </message>
    <message>
        <source>Net of wholly refunded sales</source>
        <translation>扣除整单退款</translation>
    </message>
    <message>
        <source>Member revenue</source>
        <translation>会员销售额</translation>
    </message>
    <message>
        <source>Paid, net of refunds</source>
        <translation>实收金额，扣除退款</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Member revenue ÷ member sales</source>
        <translation>会员销售额 ÷ 消费笔数</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频次</translation>
    </message>
    <message>
        <source>Sales per buyer</source>
        <translation>每位消费会员的平均消费次数</translation>
    </message>
    <message>
        <source>Visits per buyer</source>
        <translation>人均消费次数</translation>
    </message>
    <message>
        <source>Member share of revenue</source>
        <translation>会员销售占比</translation>
    </message>
    <message>
        <source>Member revenue ÷ all revenue</source>
        <translation>会员销售额 ÷ 全店销售额</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <source>% promoters − % detractors</source>
        <translation>推荐者 % − 贬损者 %</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>Satisfaction score (CSAT)</source>
        <translation>满意度评分（CSAT）</translation>
    </message>
    <message>
        <source>Mean of 1–5 answers</source>
        <translation>1–5 分的平均分</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>满意度调查答卷</translation>
    </message>
    <message>
        <source>Satisfaction surveys answered</source>
        <translation>本月收到的满意度调查</translation>
    </message>
    <message>
        <source>Churn-risk members</source>
        <translation>流失风险会员</translation>
    </message>
    <message>
        <source>Away over 90 days and over twice their usual gap</source>
        <translation>未到店超过 90 天，且超过平时间隔的两倍</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>客户生命周期价值（CLV）</translation>
    </message>
    <message>
        <source>An estimate; see the note below</source>
        <translation>估算值，见下方说明</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>本月发放积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>本月兑换积分</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>本月过期积分</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>月末未兑换积分</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>未兑换积分负债</translation>
    </message>
    <message>
        <source>Coupons issued</source>
        <translation>本月发放优惠券</translation>
    </message>
    <message>
        <source>Coupons redeemed</source>
        <translation>本月使用优惠券</translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation>{0}个百分点</translation>
    </message>
    <message>
        <source>Buyers: new and returning</source>
        <translation>消费会员：新客与回头客</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Repeat purchase and retention rate</source>
        <translation>复购率与留存率</translation>
    </message>
    <message>
        <source>Points issued, redeemed and outstanding</source>
        <translation>积分发放、兑换与未兑换余额</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未兑换余额</translation>
    </message>
    <message>
        <source>Satisfaction: NPS and CSAT</source>
        <translation>满意度：净推荐值与满意度评分</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>核心会员</translation>
    </message>
    <message>
        <source>Recent and frequent buyers</source>
        <translation>最近常来、消费频繁</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚会员</translation>
    </message>
    <message>
        <source>Come back regularly</source>
        <translation>稳定回头，频次较高</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Just made a first purchase</source>
        <translation>刚完成第一次消费</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力会员</translation>
    </message>
    <message>
        <source>Recent, could come more often</source>
        <translation>最近来过，频次还可提升</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Used to come often, not lately</source>
        <translation>曾经常来，最近少见 — 建议回访</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡会员</translation>
    </message>
    <message>
        <source>Not seen for a while</source>
        <translation>有一段时间没来了</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Gone for a long time</source>
        <translation>很久没有消费</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Monthly repeat-customer report</source>
        <translation>月度复购报告</translation>
    </message>
    <message>
        <source>Compared with {prev}</source>
        <translation>对比上月 {prev}</translation>
    </message>
    <message>
        <source>No previous month</source>
        <translation>无上月数据</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>* CLV is an estimate: revenue per buyer per month over the last 12 months × the expected lifetime implied by the observed monthly retention (1 ÷ (1 − mean retention), at most 60 months). It counts revenue, not margin, and is an average, not a forecast for any one member.</source>
        <translation>* 客户生命周期价值（CLV）为估算：近 12 个月每位消费会员每月带来的销售额 × 由观察到的月留存率推算的预期生命周期（1 ÷ (1 − 平均留存率)，最长 60 个月）。按销售额而非毛利计算，是整体平均值，不是对任何一位会员的预测。</translation>
    </message>
    <message>
        <source>&quot;—&quot; means there is nothing to compute it from (no buyers, no survey answers).</source>
        <translation>“—” 表示没有可计算的数据（例如本月无人消费或无人参与调查）。</translation>
    </message>
    <message>
        <source>Points and points liability</source>
        <translation>积分与未兑换积分负债</translation>
    </message>
    <message>
        <source>Points liability = the points members hold at month end, at their redemption value.</source>
        <translation>未兑换积分负债 = 月末会员手中尚未使用的积分按积分抵现比例折算的金额。</translation>
    </message>
    <message>
        <source>Trends ({first} to {last})</source>
        <translation>趋势（{first} 至 {last}）</translation>
    </message>
    <message>
        <source> (right axis)</source>
        <translation>（右轴）</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Cohorts: share of members who bought</source>
        <translation>会员留存（按入会月份）</translation>
    </message>
    <message>
        <source>+0 is the month of enrolment, +1 the month after, and so on: the share of the cohort who bought in that month. Darker means a larger share.</source>
        <translation>+0 为入会当月，+1 为下一个月，依此类推；数值为该月有消费的会员占同期入会会员的比例，颜色越深比例越高。</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>入会月份</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 会员分层</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Top members this month</source>
        <translation>本月消费排行</translation>
    </message>
    <message>
        <source>#</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>会员姓名</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>No member bought anything this month.</source>
        <translation>本月没有会员消费。</translation>
    </message>
    <message>
        <source>Churn-risk members</source>
        <translation>流失风险会员名单</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>未到店天数</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>平时间隔（天）</translation>
    </message>
    <message>
        <source>12-month spend</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <source>No member was at churn risk at the month&apos;s end.</source>
        <translation>月末没有流失风险会员。</translation>
    </message>
    <message>
        <source>{total} members at risk in all; the {shown} away longest are listed.</source>
        <translation>共 {total} 位流失风险会员，下表列出未到店时间最长的 {shown} 位。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
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
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action lists</source>
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
        <translation type="unfinished">净推荐值</translation>
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
        <translation type="unfinished">满意度评分</translation>
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
    <message>
        <source>NPS, last 12 months</source>
        <translation type="unfinished"></translation>
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
        <source>the last 12 months</source>
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
        <source>{0}   {1} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty: the owner adds rewards in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} given for {1} points · balance {2}</source>
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
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Shop &amp;&amp; earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses &amp;&amp; expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report segments</source>
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
    <name>SurveyDialog</name>
    <message>
        <source>Customer survey</source>
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
    <name>TemplateDialog</name>
    <message>
        <source>Design a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money off (满减券)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent off (折扣券)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free item (兑换券)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus points</source>
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
        <source> days</source>
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
        <translation type="unfinished">会员姓名</translation>
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
        <source>Walk-in sale — enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a member first to redeem points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
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
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{0} pts</source>
        <translation type="unfinished">{0} 分</translation>
    </message>
</context>
<context>
    <name>ActionLists</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">普通会员</translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished">卡号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">手机号</translation>
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
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
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
        <translation>调整积分</translation>
    </message>
    <message>
        <source>Points (+ or −)</source>
        <translation>积分（+ 或 −）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
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
        <translation type="unfinished">优惠券</translation>
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
        <translation type="unfinished">积分抵扣</translation>
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
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished">单号</translation>
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
        <translation>顾客屏</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation>您好，{0}</translation>
    </message>
    <message>
        <source>Points {0}{1}</source>
        <translation>积分 {0}{1}</translation>
    </message>
    <message>
        <source>Paid {0}</source>
        <translation>实付 {0}</translation>
    </message>
    <message>
        <source>Earned {0} points · balance {1}</source>
        <translation>本单得 {0} 积分 · 余额 {1}</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢惠顾！</translation>
    </message>
    <message>
        <source>Thank you for your feedback!</source>
        <translation>感谢您的反馈！</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">入会日期</translation>
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
    <name>DefaultRules</name>
    <message>
        <source>My Shop</source>
        <translation>我的小店</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡会员</translation>
    </message>
    <message>
        <source>1.25× points</source>
        <translation>积分1.25倍</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡会员</translation>
    </message>
    <message>
        <source>1.5× points</source>
        <translation>积分1.5倍</translation>
    </message>
</context>
<context>
    <name>Earning</name>
    <message>
        <source>below the minimum spend of {0}</source>
        <translation>未达最低消费 {0}</translation>
    </message>
    <message>
        <source>nothing paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>{0} yuan × {1}</source>
        <translation>{0} 元 × {1}</translation>
    </message>
    <message>
        <source>cap {0}</source>
        <translation>上限 {0}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a member</source>
        <translation>会员登记</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 1990-05-20</translation>
    </message>
    <message>
        <source>Agrees to receive offers (SMS / WeChat / e-mail)</source>
        <translation>同意接收优惠信息（短信 / 微信 / 邮件）</translation>
    </message>
    <message>
        <source>card or phone of the member</source>
        <translation>推荐人的会员卡号或手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Birthday (optional)</source>
        <translation>生日（选填）</translation>
    </message>
    <message>
        <source>Referred by (optional)</source>
        <translation>推荐人（选填）</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>打印会员卡…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Welcome, {0}!</source>
        <translation>欢迎您，{0}！</translation>
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
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">等级</translation>
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
        <translation type="unfinished">状态</translation>
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
        <translation type="unfinished">散客</translation>
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
        <translation>收银快捷键</translation>
    </message>
    <message>
        <source>Search / confirm the sale</source>
        <translation>查找会员 / 确认收款</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Enrol a new member</source>
        <translation>登记新会员</translation>
    </message>
    <message>
        <source>Find a member (phone, last 4 digits, name)</source>
        <translation>查找会员（手机号、尾号 4 位、姓名）</translation>
    </message>
    <message>
        <source>Redeem points on this sale</source>
        <translation>本单使用积分抵扣</translation>
    </message>
    <message>
        <source>Type a coupon code (or just scan it)</source>
        <translation>输入优惠券码（或直接扫码）</translation>
    </message>
    <message>
        <source>Walk-in sale (no member)</source>
        <translation>散客收银（非会员）</translation>
    </message>
    <message>
        <source>Give a reward from the catalogue for points</source>
        <translation>用积分兑换礼品</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Ask the customer the survey on this screen</source>
        <translation>在本屏幕请顾客填写问卷</translation>
    </message>
    <message>
        <source>Clear the till</source>
        <translation>清空收银台</translation>
    </message>
    <message>
        <source>Customer display on / off</source>
        <translation>打开 / 关闭顾客屏</translation>
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
        <translation type="unfinished">优惠券</translation>
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
        <translation type="unfinished">须为整数</translation>
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
        <source>Daily housekeeping: {0} points expired, {1} birthday bonuses, {2} downgrades</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <source>Give coupon…</source>
        <translation>发优惠券…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>请选择会员</translation>
    </message>
    <message>
        <source>Card {0} · phone {1}</source>
        <translation>卡号 {0} · 手机 {1}</translation>
    </message>
    <message>
        <source>Points {0} (worth {1})</source>
        <translation>积分 {0}（可抵 {1}）</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) · last {0}</source>
        <translation>
            <numerusform>到店 %n 次 · 最近 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Enrolled {0} · birthday {1}</source>
        <translation>入会 {0} · 生日 {1}</translation>
    </message>
    <message>
        <source>Marketing consent: {0}</source>
        <translation>接收优惠信息：{0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Negative balance: points were refunded after being spent</source>
        <translation>积分为负：积分已使用后发生了退款</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>消费得分</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <source>Refund: earned points back</source>
        <translation>退款：扣回所得积分</translation>
    </message>
    <message>
        <source>Refund: redeemed points returned</source>
        <translation>退款：退还抵扣积分</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>手动调整</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初积分</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>积分过期</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>MEMBER</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>No member</source>
        <translation>未选会员</translation>
    </message>
    <message>
        <source>Scan a card, or type a phone number, its last 4 digits or a name.</source>
        <translation>请扫会员卡，或输入手机号、尾号 4 位或姓名。</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>No points are earned on a walk-in sale.</source>
        <translation>散客消费不积分。</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} 积分</translation>
    </message>
    <message>
        <source>worth {0}</source>
        <translation>可抵 {0}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last visit {0} · %n visit(s)</source>
        <translation>
            <numerusform>最近到店 {0} · 共 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>{0} points expire on {1}</source>
        <translation>{0} 积分将于 {1} 过期</translation>
    </message>
    <message>
        <source>owes {0} points — new points pay this off first</source>
        <translation>欠 {0} 积分，新积分先抵扣欠分</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>入会日期</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Search card, phone, last 4 digits or name …</source>
        <translation>搜索卡号、手机号、尾号 4 位或姓名…</translation>
    </message>
    <message numerus="yes">
        <source>{0} member(s)</source>
        <translation>
            <numerusform>{0} 位会员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayPanel</name>
    <message>
        <source>TO PAY</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>本单积分</translation>
    </message>
    <message>
        <source>+{0} pts</source>
        <translation>+{0} 分</translation>
    </message>
    <message>
        <source>✓ Sale {0} · paid {1}</source>
        <translation>✓ 单号 {0} · 实付 {1}</translation>
    </message>
    <message>
        <source>Bonus: {0} {1}</source>
        <translation>奖励：{0} {1}</translation>
    </message>
    <message>
        <source>★ Upgraded to {0}!</source>
        <translation>★ 升级为{0}！</translation>
    </message>
    <message>
        <source>Earned {0} · redeemed {1} · balance {2}</source>
        <translation>得分 {0} · 抵扣 {1} · 余额 {2}</translation>
    </message>
</context>
<context>
    <name>PickMemberDialog</name>
    <message>
        <source>Which member?</source>
        <translation>选择会员</translation>
    </message>
    <message numerus="yes">
        <source>{0} member(s) match. Choose one:</source>
        <translation>
            <numerusform>找到 {0} 位会员，请选择：</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation>{0} 分</translation>
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
        <translation>退款</translation>
    </message>
    <message>
        <source>sale number or receipt</source>
        <translation>单号或小票号</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Refund amount (¥)</source>
        <translation>退款金额（¥）</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Sale {0} · {1} · paid {2} · already refunded {3}</source>
        <translation>单号 {0} · {1} · 实付 {2} · 已退 {3}</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Takes back {0} earned points, gives back {1} redeemed</source>
        <translation>扣回所得积分 {0}，退还抵扣积分 {1}</translation>
    </message>
    <message>
        <source>Refunded {0} of sale {1}</source>
        <translation>已退款 {0}（单号 {1}）</translation>
    </message>
    <message>
        <source>balance is now negative</source>
        <translation>积分余额已为负</translation>
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
        <translation type="unfinished">时间</translation>
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
        <translation type="unfinished">散客</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>Reward for points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>{0}   {1} points</source>
        <translation>{0}   {1} 积分</translation>
    </message>
    <message>
        <source>The catalogue is empty: the owner adds rewards in Settings.</source>
        <translation>暂无兑换礼品：请店主在设置中添加。</translation>
    </message>
    <message>
        <source>{0} given for {1} points · balance {2}</source>
        <translation>已兑换 {0}，用 {1} 积分 · 余额 {2}</translation>
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
        <translation>本单</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
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
        <translation type="unfinished">等级</translation>
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
        <translation type="unfinished">兑换</translation>
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
    <name>SurveyPanel</name>
    <message>
        <source>Not at all likely</source>
        <translation>完全不可能</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>非常可能</translation>
    </message>
    <message>
        <source>Very unsatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Type here (optional)</source>
        <translation>请在此输入（选填）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Customer survey</source>
        <translation>顾客问卷</translation>
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
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
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
        <translation>扫会员卡 · 手机号 · 尾号 4 位 · 姓名…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>抵扣</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Enter  Confirm</source>
        <translation>Enter  确认</translation>
    </message>
    <message>
        <source>No member matches “{0}”</source>
        <translation>没有找到“{0}”对应的会员</translation>
    </message>
    <message>
        <source>Coupon ready — scan the member card, or F6 for a walk-in</source>
        <translation>优惠券可用，请扫会员卡，散客按 F6</translation>
    </message>
    <message>
        <source>Coupon ready — enter the amount</source>
        <translation>优惠券可用，请输入金额</translation>
    </message>
    <message>
        <source>Type or scan the coupon code, then Enter</source>
        <translation>请输入或扫描优惠券码，再按 Enter</translation>
    </message>
    <message>
        <source>{0} — enter the amount</source>
        <translation>{0}，请输入金额</translation>
    </message>
    <message>
        <source>Walk-in sale — enter the amount</source>
        <translation>散客收银，请输入金额</translation>
    </message>
    <message>
        <source>Scan a member first to redeem points</source>
        <translation>请先扫会员卡，再用积分抵扣</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>enter the amount</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>须为整数</translation>
    </message>
    <message>
        <source>max {0}</source>
        <translation>最多 {0}</translation>
    </message>
    <message>
        <source>Enter to confirm · Esc to cancel</source>
        <translation>Enter 确认 · Esc 取消</translation>
    </message>
    <message>
        <source>Scan a member card first, or F6 for a walk-in sale</source>
        <translation>请先扫会员卡，散客按 F6</translation>
    </message>
    <message>
        <source>Not recorded — check the amount</source>
        <translation>未记账，请核对金额</translation>
    </message>
    <message>
        <source>Sale {0} recorded</source>
        <translation>已收款，单号 {0}</translation>
    </message>
    <message>
        <source>Confirm the amount</source>
        <translation>确认金额</translation>
    </message>
    <message>
        <source>{0}

Record this sale?</source>
        <translation>{0}

确认记账？</translation>
    </message>
    <message>
        <source>Sale {0} recorded — F9: ask the customer the survey</source>
        <translation>已收款，单号 {0}，按 F9 请顾客填写问卷</translation>
    </message>
    <message>
        <source>The survey is on the customer display</source>
        <translation>问卷已显示在顾客屏上</translation>
    </message>
    <message>
        <source>No survey to ask: the survey chooses which sales ask it</source>
        <translation>本单没有问卷：问卷设置决定哪些订单需要填写</translation>
    </message>
    <message>
        <source>Survey answered for sale {0} — thank you</source>
        <translation>单号 {0} 的问卷已填写，谢谢</translation>
    </message>
    <message>
        <source>The customer did not answer; nothing recorded</source>
        <translation>顾客未作答，未记录</translation>
    </message>
    <message>
        <source>Scan a member first to give a reward</source>
        <translation>请先扫会员卡，再兑换礼品</translation>
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
        <translation type="unfinished">原因</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to loyalty-desktop</source>
        <translation>欢迎使用 loyalty-desktop</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>欢迎！</translation>
    </message>
    <message>
        <source>This shop has no members yet. Open a demo shop to look around with believable data (500 members, a year of sales), or start with an empty shop.</source>
        <translation>本店还没有会员。可以打开演示店铺，用逼真的数据（500 位会员、一年的消费记录）先看看，也可以从空店铺开始。</translation>
    </message>
    <message>
        <source>Open demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空店铺开始</translation>
    </message>
    <message>
        <source>Building the demo shop…</source>
        <translation>正在生成演示店铺…</translation>
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

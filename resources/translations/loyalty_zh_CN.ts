<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{0} pts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionLists</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Visits (12 m)</source>
        <translation>到店次数（12个月）</translation>
    </message>
    <message>
        <source>Spend (12 m)</source>
        <translation>消费额（12个月）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Export for marketing…</source>
        <translation>导出营销名单…</translation>
    </message>
    <message>
        <source>Issue a coupon to this list…</source>
        <translation>给名单发优惠券…</translation>
    </message>
    <message>
        <source>New filter…</source>
        <translation>新建筛选…</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险会员</translation>
    </message>
    <message>
        <source>Lapsed: no visit in N days</source>
        <translation>沉睡会员：N 天未到店</translation>
    </message>
    <message>
        <source>Birthdays in the next 7 days</source>
        <translation>7 天内过生日</translation>
    </message>
    <message>
        <source>Birthdays this month</source>
        <translation>本月过生日</translation>
    </message>
    <message>
        <source>Unhappy customers (open follow-ups)</source>
        <translation>不满意的顾客（待回访）</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>已存筛选：{0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>no</source>
        <translation>未同意</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), {consenting} of them agreed to marketing</source>
        <translation>
            <numerusform>共 %n 位会员，其中 {consenting} 位同意接收营销信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to {path}</source>
        <translation>
            <numerusform>已导出 %n 位会员到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left out: no marketing consent</source>
        <translation>
            <numerusform>；%n 位未同意接收营销信息，未导出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign “{campaign}”: %n coupon(s) issued</source>
        <translation>
            <numerusform>营销活动“{campaign}”：已发放 %n 张优惠券</numerusform>
        </translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>Nobody on this list</source>
        <translation>名单上没有会员</translation>
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
        <translation type="unfinished">原因</translation>
    </message>
</context>
<context>
    <name>CouponsView</name>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发放对象</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>核销率</translation>
    </message>
    <message>
        <source>Coupon design</source>
        <translation>优惠券样式</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>消费单号</translation>
    </message>
    <message>
        <source>New coupon…</source>
        <translation>新建优惠券…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>发券…</translation>
    </message>
    <message>
        <source>Save sheet PDF…</source>
        <translation>保存券页 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>券样式</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) issued in campaign {campaign}</source>
        <translation>
            <numerusform>营销活动“{campaign}”已发放 %n 张优惠券</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped at the per-member limit</source>
        <translation>
            <numerusform>；%n 位会员已达每人限领张数，未发</numerusform>
        </translation>
    </message>
    <message>
        <source>bearer</source>
        <translation>不记名</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>flyer</source>
        <translation>传单</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>至 {0}</translation>
    </message>
    <message>
        <source>members</source>
        <translation>限会员</translation>
    </message>
    <message>
        <source>anyone (bearer)</source>
        <translation>不限（不记名）</translation>
    </message>
    <message>
        <source>Coupon designed; issue it with Issue…</source>
        <translation>优惠券已建好；点“发券…”发放</translation>
    </message>
    <message>
        <source>Choose a campaign first</source>
        <translation>请先选择一个营销活动</translation>
    </message>
    <message>
        <source>Save coupon sheet</source>
        <translation>保存券页</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
    <message>
        <source>Choose a coupon first</source>
        <translation>请先选择一张优惠券</translation>
    </message>
    <message>
        <source>Coupon {0} is void</source>
        <translation>优惠券 {0} 已作废</translation>
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
        <translation>入会月份</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>COHORTS: SHARE WHO BOUGHT, BY MONTHS SINCE ENROLMENT</source>
        <translation>入会批次：入会后各月有消费的会员占比</translation>
    </message>
    <message>
        <source>{label} {value}</source>
        <translation>{label} {value}</translation>
    </message>
    <message>
        <source>{title}, {first} – {last}</source>
        <translation>{title}，{first} – {last}</translation>
    </message>
    <message>
        <source>RFM segments at the end of {0}</source>
        <translation>{0} 月底的 RFM 会员分层</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员</translation>
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
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">手机号</translation>
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
        <translation>新建会员筛选</translation>
    </message>
    <message>
        <source>any tier</source>
        <translation>不限等级</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>不限标签</translation>
    </message>
    <message>
        <source>any month</source>
        <translation>不限月份</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>any (yuan)</source>
        <translation>不限（元）</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>agreed to marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>did not agree</source>
        <translation>未同意</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <source>At least … days since the last visit</source>
        <translation>距最近到店至少（天）</translation>
    </message>
    <message>
        <source>At most … days since the last visit</source>
        <translation>距最近到店至多（天）</translation>
    </message>
    <message>
        <source>Spent at least (12 months)</source>
        <translation>12个月消费至少</translation>
    </message>
    <message>
        <source>Spent at most (12 months)</source>
        <translation>12个月消费至多</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Open</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>顾客留言</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>暂无回访记录</translation>
    </message>
    <message>
        <source>What was said or done (optional)</source>
        <translation>沟通内容或处理结果（选填）</translation>
    </message>
    <message>
        <source>Mark contacted</source>
        <translation>标为已联系</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标为已解决</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>no consent to contact</source>
        <translation>未授权联系</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
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
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>one member (card or phone)</source>
        <translation>单个会员（卡号或手机号）</translation>
    </message>
    <message>
        <source>a segment</source>
        <translation>一类人群</translation>
    </message>
    <message>
        <source>bearer coupons (flyer)</source>
        <translation>不记名券（传单）</translation>
    </message>
    <message>
        <source>card / phone · or all, tier:Gold, tag:coffee, birthday-month:11, lapsed:60 · or a count</source>
        <translation>卡号 / 手机号 · 或 all、tier:Gold、tag:coffee、birthday-month:11、lapsed:60 · 或张数</translation>
    </message>
    <message>
        <source>campaign name (optional)</source>
        <translation>营销活动名称（选填）</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>design a coupon first</source>
        <translation>请先新建一种优惠券</translation>
    </message>
    <message>
        <source>count</source>
        <translation>张数</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>须为整数</translation>
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
        <translation type="unfinished">优惠券</translation>
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
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished">消费单号</translation>
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
        <translation type="unfinished">状态</translation>
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
        <translation type="unfinished">已同意</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">未同意</translation>
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
        <translation type="unfinished">已使用</translation>
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
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">会员等级</translation>
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
        <translation type="unfinished">优惠券</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Ask the survey at the till</source>
        <translation>收银时邀请顾客做满意度调查</translation>
    </message>
    <message>
        <source>Every member sale</source>
        <translation>每笔会员消费</translation>
    </message>
    <message>
        <source>Every Nth sale (members and walk-ins)</source>
        <translation>每 N 笔消费（会员和散客）</translation>
    </message>
    <message>
        <source>No extra question</source>
        <translation>无附加问题</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>文字留言</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择题</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>净推荐值 NPS（0–10分）</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>满意度评分（1–5分）</translation>
    </message>
    <message>
        <source>One answer per line: Chinese | English</source>
        <translation>每行一个选项：中文 | 英文</translation>
    </message>
    <message>
        <source>Save survey</source>
        <translation>保存调查</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Only the owner can change the survey</source>
        <translation>只有店主可以修改满意度调查</translation>
    </message>
    <message>
        <source>When to ask</source>
        <translation>何时邀请</translation>
    </message>
    <message>
        <source>Ask after</source>
        <translation>邀请时机</translation>
    </message>
    <message>
        <source>N</source>
        <translation>间隔笔数</translation>
    </message>
    <message>
        <source>Same member at most once in</source>
        <translation>同一会员间隔至少</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>无应答自动关闭</translation>
    </message>
    <message>
        <source>Questions (Chinese | English)</source>
        <translation>问题（中文 | 英文）</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>This is the survey in use.</source>
        <translation>这是正在使用的调查。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Survey saved; it is asked from the next sale.</source>
        <translation>调查已保存，下一笔消费起生效。</translation>
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
        <translation type="unfinished">消费单号</translation>
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
    <name>ReportsView</name>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Action lists</source>
        <translation>跟进名单</translation>
    </message>
    <message>
        <source>Computing {0}…</source>
        <translation>正在计算 {0}…</translation>
    </message>
    <message>
        <source>Report for {0}</source>
        <translation>{0} 月度复购报告</translation>
    </message>
    <message>
        <source>Wait for the report first</source>
        <translation>请等报告算完</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>邀请数</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>回答率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>顾客留言</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>顾客：</translation>
    </message>
    <message numerus="yes">
        <source>NPS, last %n month(s)</source>
        <translation>
            <numerusform>近 %n 个月净推荐值（NPS）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation>
            <numerusform>近 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>满意度评分（1–5）</translation>
    </message>
    <message>
        <source>Everyone (members and walk-ins)</source>
        <translation>全部（会员和散客）</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>Tier: {0}</source>
        <translation>等级：{0}</translation>
    </message>
    <message>
        <source>Tag: {0}</source>
        <translation>标签：{0}</translation>
    </message>
    <message>
        <source>NPS (−100 … 100)</source>
        <translation>净推荐值 NPS（−100 … 100）</translation>
    </message>
    <message>
        <source>CSAT (1 … 5)</source>
        <translation>满意度评分（1 … 5）</translation>
    </message>
    <message>
        <source>WHAT CUSTOMERS WROTE — {0}</source>
        <translation>顾客留言 — {0}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
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
        <translation type="unfinished">优惠券</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>all members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>tier {value}</source>
        <translation>等级：{value}</translation>
    </message>
    <message>
        <source>tag {value}</source>
        <translation>标签：{value}</translation>
    </message>
    <message>
        <source>birthdays in month {value}</source>
        <translation>{value}月生日会员</translation>
    </message>
    <message>
        <source>RFM segment {value}</source>
        <translation>RFM 分层：{value}</translation>
    </message>
    <message>
        <source>churn-risk members</source>
        <translation>流失风险会员</translation>
    </message>
    <message>
        <source>birthdays in the next 7 days</source>
        <translation>7 天内过生日</translation>
    </message>
    <message>
        <source>birthdays this month</source>
        <translation>本月过生日</translation>
    </message>
    <message>
        <source>unhappy customers</source>
        <translation>不满意的顾客</translation>
    </message>
    <message>
        <source>saved filter {value}</source>
        <translation>筛选：{value}</translation>
    </message>
    <message numerus="yes">
        <source>no visit in %n day(s)</source>
        <translation>
            <numerusform>%n 天未到店</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS {nps} CSAT {csat}</source>
        <translation>NPS {nps}，满意度 {csat}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last visit</source>
        <translation>
            <numerusform>已 %n 天未到店</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, usually every %n day(s)</source>
        <translation>
            <numerusform>，平时每 %n 天来一次</numerusform>
        </translation>
    </message>
    <message>
        <source>, usually every {gap} days</source>
        <translation>，平时每 {gap} 天来一次</translation>
    </message>
    <message>
        <source>birthday {day}</source>
        <translation>生日 {day}</translation>
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
        <translation type="unfinished">会员等级</translation>
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
        <translation type="unfinished">尚未保存。</translation>
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
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>调查问题</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Design a coupon</source>
        <translation>新建优惠券</translation>
    </message>
    <message>
        <source>¥ off, %, item price ¥, or points</source>
        <translation>减免元数、折扣%、商品价或积分</translation>
    </message>
    <message>
        <source>percent coupons: most ¥ off</source>
        <translation>折扣券：最多减免（元）</translation>
    </message>
    <message>
        <source>for members only (bound to the member it is issued to)</source>
        <translation>仅限会员（绑定领券会员）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>may be combined with redeeming points</source>
        <translation>可与积分抵现同时使用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>兑换券</translation>
    </message>
    <message>
        <source>Money off (¥10 off ¥100)</source>
        <translation>满减券（满100减10）</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折扣券</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>送积分券</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s)</source>
        <translation>
            <numerusform>%n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Item given free</source>
        <translation>兑换商品</translation>
    </message>
    <message>
        <source>Minimum spend (¥)</source>
        <translation>最低消费（元）</translation>
    </message>
    <message>
        <source>Cap (¥)</source>
        <translation>最高减免（元）</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>每人限领</translation>
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
        <translation type="unfinished">优惠券</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">散客</translation>
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
        <translation type="unfinished">须为整数</translation>
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
        <translation>作废优惠券 {0}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
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

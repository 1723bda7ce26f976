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
    <name>Cli</name>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} 不是整数</translation>
    </message>
    <message>
        <source>{value} is not between {low:,} and {high:,}</source>
        <translation>{value} 不在 {low:,} 到 {high:,} 之间</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>积分流水</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Importing members</source>
        <translation>正在导入会员</translation>
    </message>
    <message>
        <source>Importing sales</source>
        <translation>正在导入销售</translation>
    </message>
    <message>
        <source>Database ready: {database} (schema {revision})</source>
        <translation>数据库已就绪：{database}（结构版本 {revision}）</translation>
    </message>
    <message>
        <source>Demo sales</source>
        <translation>生成演示销售</translation>
    </message>
    <message>
        <source>Demo shop: {members}, {sales} ({walk_in} walk-in), {redemptions}, {refunds}, {answers} ({follow_ups} to follow up)</source>
        <translation>演示店铺：{members}，{sales}（其中散客 {walk_in} 笔），{redemptions}，{refunds}，{answers}（待回访 {follow_ups} 条）</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名会员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n 笔销售</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s)</source>
        <translation>
            <numerusform>%n 次积分兑换</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n 笔退款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n 份问卷回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled {name}: card {card}</source>
        <translation>会员已添加：{name}，卡号 {card}</translation>
    </message>
    <message>
        <source>{card}  {name}  {phone}  {balance} pts  {tier}  last visit {last}</source>
        <translation>{card}  {name}  {phone}  {balance} 积分  {tier}  最近到店 {last}</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no last visit</comment>
        <translation>从未</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>没有找到会员。</translation>
    </message>
    <message>
        <source>, balance {balance}</source>
        <translation>，积分余额 {balance}</translation>
    </message>
    <message>
        <source>{name} ({card})</source>
        <translation>{name} {card}</translation>
    </message>
    <message>
        <source>walk-in</source>
        <comment>a customer who is not a member</comment>
        <translation>散客</translation>
    </message>
    <message>
        <source>Sale {id} for {who}: paid {paid}, +{earned} / -{redeemed} points</source>
        <translation>销售 {id}（{who}）：实付 {paid}，积分 +{earned} / -{redeemed}</translation>
    </message>
    <message>
        <source>Refunded {amount} of sale {sale}: -{reversed} earned, +{returned} redeemed points back</source>
        <translation>销售 {sale} 已退款 {amount}：扣回所得积分 {reversed}，退还已兑换积分 {returned}</translation>
    </message>
    <message>
        <source> — balance is negative, member flagged</source>
        <translation> —— 积分余额为负，会员已标记待查</translation>
    </message>
    <message>
        <source>Adjusted {card} by {points:+d}: balance {balance}</source>
        <translation>已调整 {card} 的积分 {points:+d}：余额 {balance}</translation>
    </message>
    <message>
        <source>Would import {imported} of {rows} {what} rows ({encoding})</source>
        <translation>可导入{what} {imported} / {rows} 行（{encoding}）</translation>
    </message>
    <message>
        <source>Imported {imported} of {rows} {what} rows ({encoding})</source>
        <translation>已导入{what} {imported} / {rows} 行（{encoding}）</translation>
    </message>
    <message>
        <source>Unknown column ignored: {column}</source>
        <translation>已忽略未知列：{column}</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) written to {file}</source>
        <translation>
            <numerusform>%n 行有误，已写入 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {count} {what} rows to {file}</source>
        <translation>已导出{what} {count} 行到 {file}</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>舍去零头</translation>
    </message>
    <message>
        <source>half_up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>first_visit</source>
        <translation>生日期间首次到店</translation>
    </message>
    <message>
        <source>on_day</source>
        <translation>生日当天</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次到店</numerusform>
        </translation>
    </message>
    <message>
        <source>  promotion {name}: {pct}% on weekdays {days} {start}..{end}</source>
        <translation>  活动 {name}：星期 {days} 积分 {pct}% {start}..{end}</translation>
    </message>
    <message>
        <source>  {name}: from {threshold}, {pct}% points, {off}% off</source>
        <translation>  {name}：{threshold} 起，积分 {pct}%，优惠 {off}%</translation>
    </message>
    <message>
        <source>Reward: {name} = {points} points</source>
        <translation>兑换礼品：{name} = {points} 积分</translation>
    </message>
    <message numerus="yes">
        <source>Earning: %n point(s) per whole yuan paid ({rounding}), minimum spend {minimum}, cap {cap}</source>
        <translation>
            <numerusform>积分：实付每满 1 元得 %n 积分（{rounding}），最低消费 {minimum}，每单上限 {cap}</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no cap</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>all</source>
        <comment>every weekday</comment>
        <translation>每天</translation>
    </message>
    <message>
        <source>Redemption: {points} points = 1 yuan off</source>
        <translation>兑换：{points} 积分抵 1 元</translation>
    </message>
    <message>
        <source>Tiers by {basis} over {window}, grace {grace}:</source>
        <translation>会员等级按{basis}计算，统计周期 {window}，保级宽限 {grace}：</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Bonuses: enrolment {enrolment}, birthday {birthday} ({mode}, {days} days), referral {referrer}/{referee}</source>
        <translation>奖励积分：入会 {enrolment}，生日 {birthday}（{mode}，{days} 天内），推荐 {referrer}/{referee}</translation>
    </message>
    <message>
        <source>Expiry: after {months}</source>
        <translation>积分有效期：{months}</translation>
    </message>
    <message>
        <source>Expiry: never</source>
        <translation>积分有效期：永久有效</translation>
    </message>
    <message>
        <source>Rules saved; they apply from {day}.</source>
        <translation>规则已保存，自 {day} 起生效。</translation>
    </message>
    <message>
        <source>Rules saved; they apply from now on.</source>
        <translation>规则已保存，即刻生效。</translation>
    </message>
    <message numerus="yes">
        <source>every %n sale(s)</source>
        <translation>
            <numerusform>每 %n 笔销售</numerusform>
        </translation>
    </message>
    <message>
        <source>member sales</source>
        <comment>the survey asks after every member sale</comment>
        <translation>会员消费后</translation>
    </message>
    <message>
        <source>Survey on: asks {how}, a member at most once in {days}, waits {seconds} s</source>
        <translation>问卷已开启：{how}询问，同一会员 {days}内最多一次，等待 {seconds} 秒</translation>
    </message>
    <message>
        <source>Survey off: asks {how}, a member at most once in {days}, waits {seconds} s</source>
        <translation>问卷已关闭：{how}询问，同一会员 {days}内最多一次，等待 {seconds} 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey saved (version {version}).</source>
        <translation>问卷已保存（版本 {version}）。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n survey response(s) to {file}</source>
        <translation>
            <numerusform>已导出 %n 份问卷回答到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>compared with {month}</source>
        <translation>对比 {month}</translation>
    </message>
    <message>
        <source>no previous month</source>
        <translation>无上月数据</translation>
    </message>
    <message>
        <source>Monthly report {month} ({compared})</source>
        <translation>{month} 月度报告（{compared}）</translation>
    </message>
    <message>
        <source>  buyers: {returning} returning, {new} new; {repeat} bought twice or more</source>
        <translation>  消费会员：回头客 {returning} 人，新客 {new} 人；{repeat} 人消费 2 次及以上</translation>
    </message>
    <message>
        <source>  segments: {segments}</source>
        <translation>  会员分群：{segments}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the segments of the monthly report</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>PDF written to {file}</source>
        <translation>PDF 已保存到 {file}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) of {list} to {file}</source>
        <translation>
            <numerusform>已导出{list}的 %n 名会员到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>; {count} left out: no marketing consent</source>
        <translation>；{count} 名未同意接收营销信息，未导出</translation>
    </message>
    <message>
        <source>Saved filter {name!r} ({members} now); use it as saved:{name}</source>
        <translation>已保存筛选条件 {name!r}（目前 {members}）；使用时写 saved:{name}</translation>
    </message>
    <message>
        <source>No saved filters.</source>
        <translation>没有已保存的筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>Expired {points} points of %n member(s)</source>
        <translation>
            <numerusform>已过期 {points} 积分，涉及 %n 名会员</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired {points} points ({members}), {bonuses}, {downgrades}</source>
        <translation>已过期 {points} 积分（{members}），{bonuses}，{downgrades}</translation>
    </message>
    <message numerus="yes">
        <source>%n birthday bonus(es)</source>
        <translation>
            <numerusform>发放生日积分 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downgrade(s)</source>
        <translation>
            <numerusform>降级 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Template {id}: {name} — {offer}</source>
        <translation>优惠券模板 {id}：{name} —— {offer}</translation>
    </message>
    <message>
        <source>{id}  {name} — {offer}; {validity}</source>
        <translation>{id}  {name} —— {offer}；{validity}</translation>
    </message>
    <message>
        <source>No coupon templates yet.</source>
        <translation>还没有优惠券模板。</translation>
    </message>
    <message>
        <source>{id}  {name} ({template}, {target}): {redeemed} of {issued} redeemed ({rate})</source>
        <translation>{id}  {name}（{template}，{target}）：已发 {issued} 张，已核销 {redeemed} 张（{rate}）</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>还没有营销活动。</translation>
    </message>
    <message>
        <source>bearer</source>
        <comment>a coupon anyone holding it may use</comment>
        <translation>不记名</translation>
    </message>
    <message numerus="yes">
        <source>Campaign {id} ({name}): %n coupon(s), {skipped} skipped at the limit</source>
        <translation>
            <numerusform>营销活动 {id}（{name}）：发放 %n 张优惠券，{skipped} 名已达上限未发</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupon {code} is void.</source>
        <translation>优惠券 {code} 已作废。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>any SQLAlchemy database URL</source>
        <translation>任意 SQLAlchemy 数据库 URL</translation>
    </message>
    <message>
        <source>print one JSON document on stdout</source>
        <translation>在标准输出打印一个 JSON 文档</translation>
    </message>
    <message>
        <source>columns (a header row; any order, any case):</source>
        <translation>列（需有表头行；顺序、大小写不限）：</translation>
    </message>
    <message>
        <source>  members: {columns}</source>
        <translation>  会员：{columns}</translation>
    </message>
    <message>
        <source>    name is required, and card or phone; points is an opening balance (also: balance)</source>
        <translation>    姓名必填，卡号与手机至少填一个；points 为期初积分（也可写 balance）</translation>
    </message>
    <message>
        <source>  sales: {columns}</source>
        <translation>  销售：{columns}</translation>
    </message>
    <message>
        <source>    receipt, timestamp and amount are required; card or phone finds the member
    (neither: a walk-in sale)</source>
        <translation>    小票号、时间和金额必填；按卡号或手机找到会员
    （都不填：散客消费）</translation>
    </message>
    <message>
        <source>  Chinese: </source>
        <translation>  中文列名：</translation>
    </message>
    <message>
        <source>dates YYYY-MM-DD or 1980/1/2; times YYYY-MM-DD HH:MM[:SS] or 2026/11/22 9:15 (shop
time); amounts in yuan: 88.50, 1,280.00; files in UTF-8, UTF-8 with BOM or GBK.</source>
        <translation>日期 YYYY-MM-DD 或 1980/1/2；时间 YYYY-MM-DD HH:MM[:SS] 或 2026/11/22 9:15（店铺
时间）；金额以元计：88.50、1,280.00；文件编码 UTF-8、带 BOM 的 UTF-8 或 GBK。</translation>
    </message>
    <message>
        <source>Every format: {doc}</source>
        <translation>全部格式说明：{doc}</translation>
    </message>
    <message>
        <source>loyalty-desktop from the command line</source>
        <translation>loyalty-desktop 命令行</translation>
    </message>
    <message>
        <source>create or migrate the database</source>
        <translation>创建或升级数据库</translation>
    </message>
    <message>
        <source>fill an empty database with a demo shop</source>
        <translation>在空数据库中生成一家演示店铺</translation>
    </message>
    <message>
        <source>show progress even when not on a terminal</source>
        <translation>不在终端中也显示进度</translation>
    </message>
    <message>
        <source>enrol and find members</source>
        <translation>添加和查找会员</translation>
    </message>
    <message>
        <source>enrol a member</source>
        <translation>添加会员</translation>
    </message>
    <message>
        <source>keep a card number from a previous system</source>
        <translation>沿用旧系统的卡号</translation>
    </message>
    <message>
        <source>agrees to receive marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>card or phone of the referring member</source>
        <translation>推荐人的卡号或手机</translation>
    </message>
    <message>
        <source>tags separated by ;</source>
        <translation>标签，用 ; 分隔</translation>
    </message>
    <message>
        <source>find members by card, phone, last 4 digits or name</source>
        <translation>按卡号、手机、手机后 4 位或姓名查找会员</translation>
    </message>
    <message>
        <source>record a sale (CARD_OR_PHONE &apos;-&apos; for a walk-in)</source>
        <translation>记录一笔销售（CARD_OR_PHONE 写 &apos;-&apos; 表示散客）</translation>
    </message>
    <message>
        <source>in yuan, e.g. 88.50</source>
        <translation>以元计，例如 88.50</translation>
    </message>
    <message>
        <source>back-dated receipt, shop time</source>
        <translation>补录的小票时间（店铺时间）</translation>
    </message>
    <message>
        <source>redeem a coupon on this sale</source>
        <translation>本单使用一张优惠券</translation>
    </message>
    <message>
        <source>idempotency key: the same key again gives the first sale</source>
        <translation>幂等键：同一个键再次提交时返回第一笔销售</translation>
    </message>
    <message>
        <source>confirm an amount above the rules&apos; confirm threshold</source>
        <translation>确认超过规则确认额度的金额</translation>
    </message>
    <message>
        <source>refund a sale, whole or in part</source>
        <translation>退款（全额或部分）</translation>
    </message>
    <message>
        <source>default: all that is left</source>
        <translation>默认：剩余全部金额</translation>
    </message>
    <message>
        <source>owner&apos;s points correction with a reason</source>
        <translation>店主调整积分（需填写原因）</translation>
    </message>
    <message>
        <source>import members or sales from CSV</source>
        <translation>从 CSV 导入会员或销售</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>只检查并报告，不写入</translation>
    </message>
    <message>
        <source>import the good rows, write the bad ones to a reject file</source>
        <translation>导入正确的行，有误的行写入拒收文件</translation>
    </message>
    <message>
        <source>reject file (default FILE.rejected.csv)</source>
        <translation>拒收文件（默认 FILE.rejected.csv）</translation>
    </message>
    <message>
        <source>imported sales earn no points</source>
        <translation>导入的销售不计积分</translation>
    </message>
    <message>
        <source>members imported or enrolled by --create-members get the enrolment bonus (by default they are not new members)</source>
        <translation>导入的会员或由 --create-members 添加的会员获得入会积分（默认不算新会员）</translation>
    </message>
    <message>
        <source>enrol unknown cards/phones instead of refusing the row</source>
        <translation>遇到未知卡号或手机时添加为会员，而不是拒收该行</translation>
    </message>
    <message>
        <source>export members, sales or the points ledger to CSV</source>
        <translation>将会员、销售或积分流水导出为 CSV</translation>
    </message>
    <message>
        <source>coupon templates and issuing</source>
        <translation>优惠券模板与发放</translation>
    </message>
    <message>
        <source>coupon templates</source>
        <translation>优惠券模板</translation>
    </message>
    <message>
        <source>design a coupon</source>
        <translation>设计优惠券</translation>
    </message>
    <message>
        <source>yuan off (fixed), percent (percent), item price in yuan (free_item), points (points)</source>
        <translation>减免元数（fixed）、折扣百分比（percent）、商品价格元数（free_item）、积分数（points）</translation>
    </message>
    <message>
        <source>percent coupons: most money off</source>
        <translation>折扣券：最多优惠金额</translation>
    </message>
    <message>
        <source>free_item: what is given</source>
        <translation>兑换券：赠送的商品</translation>
    </message>
    <message>
        <source>valid for D days from issue</source>
        <translation>自发放起 D 天内有效</translation>
    </message>
    <message>
        <source>first valid day (default: the day it is issued)</source>
        <translation>生效日（默认：发放当天）</translation>
    </message>
    <message>
        <source>last valid day (instead of --days)</source>
        <translation>最后有效日（代替 --days）</translation>
    </message>
    <message>
        <source>anyone holding it may use it</source>
        <translation>不记名，持券人均可使用</translation>
    </message>
    <message>
        <source>at most N per member</source>
        <translation>每名会员最多 N 张</translation>
    </message>
    <message>
        <source>not with points redemption</source>
        <translation>不可与积分抵扣同时使用</translation>
    </message>
    <message>
        <source>the coupon templates</source>
        <translation>全部优惠券模板</translation>
    </message>
    <message>
        <source>issue runs</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <source>campaigns and their redemption rates</source>
        <translation>营销活动及核销率</translation>
    </message>
    <message>
        <source>issue coupons as one campaign</source>
        <translation>作为一次营销活动发放优惠券</translation>
    </message>
    <message>
        <source>all, tier:NAME, tag:TAG, birthday-month:M or lapsed:DAYS</source>
        <translation>all、tier:NAME、tag:TAG、birthday-month:M 或 lapsed:DAYS</translation>
    </message>
    <message>
        <source>also print them on an A4 sheet</source>
        <translation>同时打印在 A4 纸上</translation>
    </message>
    <message>
        <source>void an open coupon (owner)</source>
        <translation>作废一张未使用的优惠券（店主）</translation>
    </message>
    <message>
        <source>the programme&apos;s rules as one JSON document</source>
        <translation>会员计划规则（一个 JSON 文档）</translation>
    </message>
    <message>
        <source>print the rules (--json: the whole document)</source>
        <translation>显示规则（--json：完整文档）</translation>
    </message>
    <message>
        <source>replace the rules with a validated JSON file</source>
        <translation>用校验过的 JSON 文件替换规则</translation>
    </message>
    <message>
        <source>in force from the start of this past date (for imported history)</source>
        <translation>自过去某日起生效（用于导入的历史数据）</translation>
    </message>
    <message>
        <source>the counter survey and its answers</source>
        <translation>收银台问卷及回答</translation>
    </message>
    <message>
        <source>print the survey (--json: the whole document)</source>
        <translation>显示问卷（--json：完整文档）</translation>
    </message>
    <message>
        <source>replace the survey with a validated JSON file</source>
        <translation>用校验过的 JSON 文件替换问卷</translation>
    </message>
    <message>
        <source>export every response to CSV</source>
        <translation>将全部回答导出为 CSV</translation>
    </message>
    <message>
        <source>the monthly report and action lists</source>
        <translation>月度报告和跟进名单</translation>
    </message>
    <message>
        <source>the monthly repeat-customer report</source>
        <translation>月度复购报告</translation>
    </message>
    <message>
        <source>also write the report as a PDF</source>
        <translation>同时生成 PDF 报告</translation>
    </message>
    <message>
        <source>PDF language (default: this till&apos;s language)</source>
        <translation>PDF 的语言（默认：本收银台的语言）</translation>
    </message>
    <message>
        <source>export an action list of members to CSV</source>
        <translation>将会员跟进名单导出为 CSV</translation>
    </message>
    <message>
        <source>{lists} or saved:NAME</source>
        <translation>{lists} 或 saved:NAME</translation>
    </message>
    <message>
        <source>lapsed: no visit in this many days</source>
        <translation>流失：这么多天没有到店</translation>
    </message>
    <message>
        <source>the day the list is drawn up for</source>
        <translation>名单的统计日</translation>
    </message>
    <message>
        <source>for marketing: only members who agreed to receive it</source>
        <translation>用于营销：只含同意接收营销信息的会员</translation>
    </message>
    <message>
        <source>saved member filters</source>
        <translation>已保存的会员筛选条件</translation>
    </message>
    <message>
        <source>save a member filter as saved:NAME</source>
        <translation>将会员筛选条件保存为 saved:NAME</translation>
    </message>
    <message>
        <source>at least N days since the last visit</source>
        <translation>距上次到店至少 N 天</translation>
    </message>
    <message>
        <source>at most N days since the last visit</source>
        <translation>距上次到店最多 N 天</translation>
    </message>
    <message>
        <source>spent at least this in 12 months</source>
        <translation>12 个月内消费至少这么多</translation>
    </message>
    <message>
        <source>spent at most this in 12 months</source>
        <translation>12 个月内消费最多这么多</translation>
    </message>
    <message>
        <source>the saved member filters</source>
        <translation>全部已保存的会员筛选条件</translation>
    </message>
    <message>
        <source>run points expiry (idempotent)</source>
        <translation>执行积分过期（可重复执行）</translation>
    </message>
    <message>
        <source>expire what lapsed by the end of DATE</source>
        <translation>让截至 DATE 当天结束已到期的积分过期</translation>
    </message>
    <message>
        <source>expiry, birthday bonuses on the day, monthly tier review (idempotent)</source>
        <translation>积分过期、当天的生日积分、每月等级评定（可重复执行）</translation>
    </message>
    <message>
        <source>verify every data invariant</source>
        <translation>校验全部数据一致性</translation>
    </message>
    <message>
        <source>loyalty: interrupted; nothing was saved</source>
        <translation>loyalty：已中断，没有保存任何内容</translation>
    </message>
</context>
<context>
    <name>CouponTerms</name>
    <message>
        <source>¥{value} off</source>
        <translation>立减 ¥{value}</translation>
    </message>
    <message>
        <source>{value}% off (up to ¥{cap})</source>
        <translation>立减 {value}%（最多减 ¥{cap}）</translation>
    </message>
    <message>
        <source>{value}% off</source>
        <translation>立减 {value}%</translation>
    </message>
    <message>
        <source>free {item}</source>
        <translation>免费兑换 {item}</translation>
    </message>
    <message numerus="yes">
        <source>%n bonus point(s)</source>
        <translation>
            <numerusform>赠送 %n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source> with a purchase of ¥{minimum} or more</source>
        <translation>，满 ¥{minimum} 可用</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>until {last}</source>
        <translation>有效期至 {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from {first}</source>
        <translation>
            <numerusform>自 {first} 起 %n 天内有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from issue</source>
        <translation>
            <numerusform>发放后 %n 天内有效</numerusform>
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
        <translation type="unfinished">不记名</translation>
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
        <translation type="unfinished">会员</translation>
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
        <source>{0} sales · {1} churn-risk members · CLV estimate {2} · CSAT {3} from {4} answers · coupons issued {5}, redeemed {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments at the end of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished">会员</translation>
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
        <translation type="unfinished">散客</translation>
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
        <translation type="unfinished">从未</translation>
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

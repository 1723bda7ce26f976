<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Messages…</source>
        <translation>群发消息…</translation>
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
        <source>Churn risk on {0}</source>
        <translation>流失风险会员（截至{0}）</translation>
    </message>
    <message>
        <source>Lapsed on {0}: no visit in N days</source>
        <translation>沉睡会员（截至{0}）：N 天未到店</translation>
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
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次 PIN 码</translation>
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
    <name>App</name>
    <message>
        <source>The loyalty till and back office.</source>
        <translation>会员积分收银台与后台管理。</translation>
    </message>
    <message>
        <source>check this installation on a temporary shop (a sale with a coupon, the PDFs, the main window), print one line and quit</source>
        <translation>用一个临时店铺检查本次安装（一笔用优惠券的消费、PDF、主窗口），输出一行结果后退出</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>需要授权</translation>
    </message>
    <message>
        <source>{0}. An owner or a manager approves it with their PIN.</source>
        <translation>{0}。请店主或店长输入 PIN 码授权。</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>No owner or manager has a PIN yet.</source>
        <translation>还没有设置了 PIN 码的店主或店长。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>PIN 输错</translation>
    </message>
    <message>
        <source>sign-in while locked</source>
        <translation>锁定中尝试登录</translation>
    </message>
    <message>
        <source>owner set up</source>
        <translation>设置店主</translation>
    </message>
    <message>
        <source>staff added</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>staff changed</source>
        <translation>修改员工</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>重设 PIN</translation>
    </message>
    <message>
        <source>staff card linked</source>
        <translation>绑定员工会员卡</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>points adjusted</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>reward redeemed</source>
        <translation>兑换奖励</translation>
    </message>
    <message>
        <source>coupon designed</source>
        <translation>设计优惠券</translation>
    </message>
    <message>
        <source>coupons issued</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>coupon voided</source>
        <translation>作废优惠券</translation>
    </message>
    <message>
        <source>coupon scans locked</source>
        <translation>优惠券扫码锁定</translation>
    </message>
    <message>
        <source>rules changed</source>
        <translation>修改规则</translation>
    </message>
    <message>
        <source>member enrolled</source>
        <translation>会员入会</translation>
    </message>
    <message>
        <source>member edited</source>
        <translation>修改会员资料</translation>
    </message>
    <message>
        <source>card replaced</source>
        <translation>补换会员卡</translation>
    </message>
    <message>
        <source>member&apos;s data exported</source>
        <translation>导出会员个人数据</translation>
    </message>
    <message>
        <source>member erased</source>
        <translation>清除会员个人信息</translation>
    </message>
    <message>
        <source>members imported</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>sales imported</source>
        <translation>导入销售</translation>
    </message>
    <message>
        <source>import taken back</source>
        <translation>撤回导入</translation>
    </message>
    <message>
        <source>item list imported</source>
        <translation>导入商品清单</translation>
    </message>
    <message>
        <source>item added</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>item changed</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <source>item taken off the list</source>
        <translation>商品下架</translation>
    </message>
    <message>
        <source>message template saved</source>
        <translation>保存消息模板</translation>
    </message>
    <message>
        <source>message template deleted</source>
        <translation>删除消息模板</translation>
    </message>
    <message>
        <source>messages exported</source>
        <translation>导出群发消息</translation>
    </message>
    <message>
        <source>till&apos;s suggested coupon chosen</source>
        <translation>设置收银台推荐券</translation>
    </message>
    <message>
        <source>follow-up updated</source>
        <translation>更新回访</translation>
    </message>
    <message>
        <source>survey changed</source>
        <translation>修改问卷</translation>
    </message>
    <message>
        <source>member filter saved</source>
        <translation>保存会员筛选</translation>
    </message>
    <message>
        <source>member filter deleted</source>
        <translation>删除会员筛选</translation>
    </message>
    <message>
        <source>KPI targets changed</source>
        <translation>经营目标已修改</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>audit trail exported</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>sync packages imported</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>head till set</source>
        <translation>设置主收银台</translation>
    </message>
    <message>
        <source>all sign-in problems</source>
        <translation>全部登录异常</translation>
    </message>
    <message>
        <source>all staff changes</source>
        <translation>全部员工变更</translation>
    </message>
    <message>
        <source>all sales and refunds</source>
        <translation>全部消费和退款</translation>
    </message>
    <message>
        <source>all points changes</source>
        <translation>全部积分变更</translation>
    </message>
    <message>
        <source>all coupon actions</source>
        <translation>全部优惠券操作</translation>
    </message>
    <message>
        <source>all member changes</source>
        <translation>全部会员变更</translation>
    </message>
    <message>
        <source>all imports</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <source>all member filter changes</source>
        <translation>全部会员筛选变更</translation>
    </message>
    <message>
        <source>all item list changes</source>
        <translation>全部商品清单变更</translation>
    </message>
    <message>
        <source>all message templates and exports</source>
        <translation>全部消息模板与导出</translation>
    </message>
    <message>
        <source>all syncs</source>
        <translation>所有同步</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>points taken back</source>
        <translation>扣回积分</translation>
    </message>
    <message>
        <source>points given back</source>
        <translation>退还积分</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>wrong tries</source>
        <translation>输错次数</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>同意接收营销</translation>
    </message>
    <message>
        <source>member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>old card</source>
        <translation>旧卡</translation>
    </message>
    <message>
        <source>new card</source>
        <translation>新卡</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>sent to</source>
        <translation>发放对象</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>使用条件</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>sync packages</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>copy kept before restoring</source>
        <translation>恢复前保留的副本</translation>
    </message>
    <message>
        <source>damaged file kept as</source>
        <translation>损坏的文件保留为</translation>
    </message>
    <message>
        <source>database version</source>
        <translation>数据库版本</translation>
    </message>
    <message>
        <source>restored by</source>
        <translation>恢复人</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>coupon template</source>
        <translation>券样式</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
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
        <source>(in the CSV export)</source>
        <translation>（见 CSV 导出）</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部操作</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest {0} lines; the export has them all.</source>
        <translation>仅显示最新 {0} 条；导出文件包含全部记录。</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出操作记录</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) saved to {path}</source>
        <translation>
            <numerusform>已将 %n 条记录保存到 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>{0:,} KB</source>
        <translation>{0:,} KB</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Once a day this till backs the shop up into the folder when it starts or closes. 7 daily, 4 weekly and 12 monthly backups are kept. A USB stick or another disk keeps them safe when this computer fails.</source>
        <translation>本收银台每天在启动或关闭时自动备份一次到这个文件夹，保留最近 7 天、4 周和 12 个月的备份。放在 U 盘或另一块硬盘上，电脑坏了数据也还在。</translation>
    </message>
    <message>
        <source>Choose a folder, e.g. on a USB stick</source>
        <translation>请选择文件夹，例如 U 盘上的</translation>
    </message>
    <message>
        <source>Last backup: {0} ({1})</source>
        <translation>上次备份：{0}（{1}）</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>这个文件夹里还没有备份。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backups go to {0}</source>
        <translation>备份将保存到 {0}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups (*.db *.bak);;All files (*)</source>
        <translation>备份文件 (*.db *.bak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore the shop from {0}?

Everything now in the shop is replaced by the data in this backup. The current data is kept as a pre-restore copy next to the database.

The file is checked first; loyalty-desktop closes after the restore.</source>
        <translation>要用 {0} 恢复本店数据吗？

店里现有的全部数据将被这个备份中的数据替换。当前数据会先另存为一份“恢复前副本”，放在数据库旁边。

恢复前会先检查这个文件；恢复完成后 loyalty-desktop 会关闭。</translation>
    </message>
    <message>
        <source>Checking and restoring {0}…</source>
        <translation>正在检查并恢复 {0}…</translation>
    </message>
    <message>
        <source>Restored {0}. The data from before the restore is kept in {1}.

loyalty-desktop closes now; start it again to work with the restored shop.</source>
        <translation>已恢复 {0}。恢复前的数据保存在 {1}。

loyalty-desktop 现在关闭，请重新打开，使用恢复后的数据。</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>备份失败：{0}</translation>
    </message>
</context>
<context>
    <name>BoughtTogether</name>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>最近 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Bought with</source>
        <translation>常一起买</translation>
    </message>
    <message>
        <source>Sales together</source>
        <translation>同单笔数</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Of the item&apos;s sales</source>
        <translation>占该商品销售</translation>
    </message>
    <message>
        <source>Lift above 1: bought together more often than chance would have it — a bundle or a display side by side may sell more. Pairs on at least {0} sales.</source>
        <translation>提升度大于 1：一起购买的次数多于偶然 —— 做成套餐或摆在一起可能卖得更多。只列出至少在 {0} 笔销售中同时出现的商品对。</translation>
    </message>
    <message>
        <source>From the sales of the</source>
        <translation>统计范围：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>统计中…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n 对</numerusform>
        </translation>
    </message>
    <message>
        <source>No items were bought together yet: sales need their items</source>
        <translation>还没有一起购买的商品：销售需要记录商品明细</translation>
    </message>
</context>
<context>
    <name>CardPdf</name>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>{shop} member card</source>
        <translation>{shop} 会员卡</translation>
    </message>
    <message>
        <source>{shop} member cards</source>
        <translation>{shop} 会员卡</translation>
    </message>
</context>
<context>
    <name>CardSheetDialog</name>
    <message>
        <source>Print member cards</source>
        <translation>打印会员卡</translation>
    </message>
    <message numerus="yes">
        <source>Cards of the %n chosen member(s)</source>
        <translation>
            <numerusform>所选 %n 位会员的卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank cards with new numbers (pre-printed stock)</source>
        <translation>空白卡，配新卡号（预印卡）</translation>
    </message>
    <message>
        <source>At most {0} cards at a time</source>
        <translation>一次最多 {0} 张</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>How many blank cards</source>
        <translation>空白卡张数</translation>
    </message>
    <message>
        <source>Ten cards to an A4 page, with cut marks.</source>
        <translation>每张 A4 纸排 10 张卡，带裁切线。</translation>
    </message>
    <message>
        <source>Save member cards</source>
        <translation>保存会员卡</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to {path}</source>
        <translation>
            <numerusform>已将 %n 张卡保存到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
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
        <source>PIN: </source>
        <translation>PIN 码：</translation>
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
        <source>items</source>
        <translation>商品</translation>
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
        <source>Importing items</source>
        <translation>正在导入商品</translation>
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
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Nothing to change for {name} ({card})</source>
        <translation>{name}（{card}）没有需要修改的内容</translation>
    </message>
    <message>
        <source>Changed {name} ({card}): {changes}</source>
        <translation>已修改 {name}（{card}）：{changes}</translation>
    </message>
    <message>
        <source>New card for {name}: {card} (card {old} is no longer valid)</source>
        <translation>{name} 的新卡号：{card}（旧卡 {old} 已作废）</translation>
    </message>
    <message numerus="yes">
        <source>Everything held about member {card}: %n file(s) in {folder}</source>
        <translation>
            <numerusform>会员 {card} 的全部资料：%n 个文件，已写入 {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the personal details of {name} ({card})? The name, phone, birthday, tags and survey comments are removed for good; sales, points and coupons stay, without a name. Type yes to erase:</source>
        <translation>删除 {name}（{card}）的个人信息吗？姓名、手机、生日、标签和问卷留言将永久删除；消费、积分和优惠券记录保留，但不再带姓名。输入 yes（或“是”）确认删除：</translation>
    </message>
    <message>
        <source>Erased the personal details of member {card}; their sales, points and coupons stay</source>
        <translation>已删除会员 {card} 的个人信息；消费、积分和优惠券记录保留</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to {path}</source>
        <translation>
            <numerusform>%n 张会员卡已写入 {path}</numerusform>
        </translation>
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
        <source>No items yet: loyalty import items FILE.csv</source>
        <translation>还没有商品：loyalty import items FILE.csv</translation>
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
    <message numerus="yes">
        <source>%n audit line(s) saved to {file}</source>
        <translation>
            <numerusform>已将 %n 条操作记录保存到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit lines match.</source>
        <translation>没有符合条件的操作记录。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size:,} KB)</source>
        <translation>已备份到 {file}（{size:,} KB）</translation>
    </message>
    <message>
        <source>Rotated out: {file}</source>
        <translation>已按轮换规则删除：{file}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Exported to {path}: {rows}</source>
        <translation>已导出到 {path}：{rows}</translation>
    </message>
    <message numerus="yes">
        <source>Targets (▲▼: against the month before; then the last %n month(s)):</source>
        <translation>
            <numerusform>经营目标（▲▼：与上月相比；其后为最近 %n 个月）：</numerusform>
        </translation>
    </message>
    <message>
        <source>No targets set: loyalty targets set METRIC VALUE ({metrics})</source>
        <translation>尚未设定目标：loyalty targets set 指标 数值（{metrics}）</translation>
    </message>
    <message>
        <source>Target set: {target}</source>
        <translation>目标已设定：{target}</translation>
    </message>
    <message>
        <source>Target cleared: {label} ({metric})</source>
        <translation>目标已清除：{label}（{metric}）</translation>
    </message>
    <message>
        <source>{first} + {second}: {together} sales together, lift {lift:.2f}, {share} of {first}&apos;s</source>
        <translation>{first} + {second}：同单购买 {together} 笔，提升度 {lift:.2f}，占 {first} 销售的 {share}</translation>
    </message>
    <message>
        <source>No items were bought together on {least} sales or more</source>
        <translation>没有在 {least} 笔及以上销售中同时购买的商品</translation>
    </message>
    <message>
        <source>No message templates.</source>
        <translation>还没有消息模板。</translation>
    </message>
    <message>
        <source>Saved message template {name!r}</source>
        <translation>消息模板 {name!r} 已保存</translation>
    </message>
    <message>
        <source>Deleted message template {name!r}</source>
        <translation>消息模板 {name!r} 已删除</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) to {file}</source>
        <translation>
            <numerusform>已写出 %n 条消息到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Nothing new to export since package {sequence}.</source>
        <translation>自第 {sequence} 个同步包以来没有新数据可导出。</translation>
    </message>
    <message>
        <source>This till is the head till: its rules, survey and staff travel.</source>
        <translation>本机是主收银台：它的规则、问卷和员工账号会同步到其他收银台。</translation>
    </message>
    <message>
        <source>This till is not the head till (the shop&apos;s head: {till}).</source>
        <translation>本机不是主收银台（本店的主收银台：{till}）。</translation>
    </message>
    <message>
        <source>Packages imported: {names}</source>
        <translation>已导入的同步包：{names}</translation>
    </message>
    <message>
        <source>Rows in: {rows}</source>
        <translation>新增：{rows}</translation>
    </message>
    <message>
        <source>Already here (skipped): {rows}</source>
        <translation>已有（跳过）：{rows}</translation>
    </message>
    <message>
        <source>Waiting for earlier packages: {names}</source>
        <translation>等待更早的同步包：{names}</translation>
    </message>
    <message>
        <source>Conflict: {what}</source>
        <translation>冲突：{what}</translation>
    </message>
    <message>
        <source>No edit conflicts.</source>
        <translation>没有资料修改冲突。</translation>
    </message>
    <message>
        <source>Moving to the server</source>
        <translation>正在迁移到服务器</translation>
    </message>
    <message>
        <source>Moved {rows} to {target}; `loyalty check` passes on both and every table has the same rows. {source} is unchanged.</source>
        <translation>已将 {rows} 迁移到 {target}；两边的 `loyalty check` 均通过，每张表的行数一致。{source} 保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the shop&apos;s data in {database} with {file}? The current data is kept as a pre-restore copy. [y/N] </source>
        <translation>要用 {file} 替换 {database} 中的本店数据吗？当前数据会另存为恢复前副本。[y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Restored {file} (schema {revision}) into {database}</source>
        <translation>已将 {file}（结构版本 {revision}）恢复到 {database}</translation>
    </message>
    <message>
        <source>The damaged file is kept as {file}</source>
        <translation>损坏的文件已改名保留为 {file}</translation>
    </message>
    <message>
        <source>The data before the restore is kept in {file}</source>
        <translation>恢复前的数据保存在 {file}</translation>
    </message>
    <message>
        <source>act as this staff account (its PIN is asked, or LOYALTY_PIN)</source>
        <translation>以该员工账号操作（会询问 PIN 码，或取自 LOYALTY_PIN）</translation>
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
        <source>change a member&apos;s name, phone, birthday, tags or consent</source>
        <translation>修改会员的姓名、手机、生日、标签或营销同意</translation>
    </message>
    <message>
        <source>none: no phone</source>
        <translation>none：不留手机号</translation>
    </message>
    <message>
        <source>none: no birthday</source>
        <translation>none：不填生日</translation>
    </message>
    <message>
        <source>tags separated by ; (replace the member&apos;s)</source>
        <translation>标签，用 ; 分隔（替换会员原有标签）</translation>
    </message>
    <message>
        <source>agrees (or no longer agrees) to receive marketing</source>
        <translation>同意（或不再同意）接收营销信息</translation>
    </message>
    <message>
        <source>give a member a new card number for a lost card</source>
        <translation>会员卡丢失时换发新卡号</translation>
    </message>
    <message>
        <source>a number from pre-printed card stock (default: a new number)</source>
        <translation>预印卡上的卡号（默认：生成新卡号）</translation>
    </message>
    <message>
        <source>write everything held about a member into a folder: JSON and CSV (owner only)</source>
        <translation>把一位会员的全部资料导出到文件夹：JSON 和 CSV（仅店主）</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal details at their request; sales and points stay (owner only)</source>
        <translation>应会员本人要求删除其个人信息；消费和积分记录保留（仅店主）</translation>
    </message>
    <message>
        <source>why, e.g. the request and its date</source>
        <translation>原因，例如本人申请及日期</translation>
    </message>
    <message>
        <source>print member cards on an A4 sheet</source>
        <translation>在 A4 纸上打印会员卡</translation>
    </message>
    <message>
        <source>N blank cards with new numbers for pre-printed stock</source>
        <translation>N 张空白预印卡（新卡号，姓名留空）</translation>
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
        <source>sales only: the sales&apos; lines (receipt, code, name, category, quantity, unit_price), adding up to each sale&apos;s amount</source>
        <translation>仅用于销售：各笔销售的商品明细（receipt, code, name, category, quantity, unit_price），合计须等于该笔金额</translation>
    </message>
    <message>
        <source>the shop&apos;s item list</source>
        <translation>本店商品清单</translation>
    </message>
    <message>
        <source>the items the till sells</source>
        <translation>收银台销售的商品</translation>
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
        <source>items bought together (pairs by lift), for bundles</source>
        <translation>经常一起购买的商品（按提升度排列的商品对），用于设计套餐</translation>
    </message>
    <message>
        <source>from the sales of this many months back (default 6)</source>
        <translation>统计最近几个月的销售（默认 6）</translation>
    </message>
    <message>
        <source>only pairs on at least this many sales (default 3)</source>
        <translation>只列出至少在这么多笔销售中同时出现的商品对（默认 3）</translation>
    </message>
    <message>
        <source>at most this many pairs</source>
        <translation>最多列出这么多对</translation>
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
        <source>message templates for SMS or WeChat</source>
        <translation>短信或微信的消息模板</translation>
    </message>
    <message>
        <source>the message templates</source>
        <translation>消息模板列表</translation>
    </message>
    <message>
        <source>save a message template (replacing one of that name)</source>
        <translation>保存消息模板（同名的将被替换）</translation>
    </message>
    <message>
        <source>the message; fields: {fields}</source>
        <translation>消息内容；可用字段：{fields}</translation>
    </message>
    <message>
        <source>delete a message template</source>
        <translation>删除消息模板</translation>
    </message>
    <message>
        <source>one message for each consenting member of an action list, to CSV</source>
        <translation>为跟进名单中每位同意营销的会员生成一条消息，导出为 CSV</translation>
    </message>
    <message>
        <source>the owner&apos;s KPI targets, shown against each monthly report</source>
        <translation>店主的经营目标，月度报告逐项对照</translation>
    </message>
    <message>
        <source>one of {metrics}</source>
        <translation>以下之一：{metrics}</translation>
    </message>
    <message>
        <source>set a target (owner or manager)</source>
        <translation>设定目标（店主或店长）</translation>
    </message>
    <message>
        <source>as the owner says it: 25 for 25%%, 88.50 yuan, NPS -100..100, CSAT 1..5</source>
        <translation>按平常的说法填写：25 即 25%%，金额如 88.50 元，NPS -100..100，满意度 1..5</translation>
    </message>
    <message>
        <source>clear a target</source>
        <translation>清除目标</translation>
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
        <source>also check every index of the database file against its table (slow)</source>
        <translation>同时逐个核对数据库文件的每个索引与其表（较慢）</translation>
    </message>
    <message>
        <source>read or export the audit trail, newest first (owner)</source>
        <translation>查看或导出操作记录，最新的在前（店主）</translation>
    </message>
    <message>
        <source>one staff member&apos;s lines</source>
        <translation>只看某位员工的记录</translation>
    </message>
    <message>
        <source>one action (sale.refund), or a family ending in a dot (staff.)</source>
        <translation>某一种操作（sale.refund），或以点结尾的一类操作（staff.）</translation>
    </message>
    <message>
        <source>from this shop day</source>
        <translation>从这一天起（店铺时间）</translation>
    </message>
    <message>
        <source>up to this shop day</source>
        <translation>到这一天为止（店铺时间）</translation>
    </message>
    <message>
        <source>every matching line to a CSV file</source>
        <translation>把符合条件的全部记录导出为 CSV 文件</translation>
    </message>
    <message>
        <source>back the shop up with SQLite&apos;s online backup (SQLite shops)</source>
        <translation>用 SQLite 在线备份功能备份本店数据（仅限 SQLite）</translation>
    </message>
    <message>
        <source>a folder gets a dated file, another path is the file; default: this till&apos;s backup folder, rotated to 7 daily, 4 weekly, 12 monthly backups</source>
        <translation>给文件夹则在其中生成带日期的文件，否则就是文件名本身；默认：本收银台的备份文件夹，轮换保留 7 天、4 周、12 个月的备份</translation>
    </message>
    <message>
        <source>replace the shop&apos;s data with a checked backup; the current data is kept as a pre-restore copy (owner)</source>
        <translation>用检查过的备份替换本店数据；当前数据另存为恢复前副本（店主）</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不再询问确认</translation>
    </message>
    <message>
        <source>import members, sales or the item list from CSV</source>
        <translation>从 CSV 导入会员、销售或商品清单</translation>
    </message>
    <message>
        <source>till-to-till sync packages in a shared folder</source>
        <translation>在共享文件夹中用同步包在收银机之间同步</translation>
    </message>
    <message>
        <source>write what this till made since its last export as a package (owner, manager)</source>
        <translation>把本机自上次导出以来的数据写成一个同步包（店主、店长）</translation>
    </message>
    <message>
        <source>the sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>import other tills&apos; packages; already imported ones are skipped (owner, manager)</source>
        <translation>导入其他收银机的同步包；已导入的会跳过（店主、店长）</translation>
    </message>
    <message>
        <source>a package, or a sync folder holding packages</source>
        <translation>一个同步包，或存放同步包的同步文件夹</translation>
    </message>
    <message>
        <source>member edits made at two tills offline: the values that lost (owner, manager)</source>
        <translation>两台收银机离线时修改了同一会员资料：被覆盖的值（店主、店长）</translation>
    </message>
    <message>
        <source>show or set whether this till is the head till (owner)</source>
        <translation>查看或设置本机是否为主收银台（店主）</translation>
    </message>
    <message>
        <source>this till&apos;s rules, survey and staff travel to the other tills</source>
        <translation>本机的规则、问卷和员工账号同步到其他收银台</translation>
    </message>
    <message>
        <source>this till no longer sends them</source>
        <translation>本机不再发送这些内容</translation>
    </message>
    <message>
        <source>where the shop is kept</source>
        <translation>店铺数据存放在哪里</translation>
    </message>
    <message>
        <source>copy this shop into an empty PostgreSQL database and check both (owner); this shop&apos;s database is left as it is</source>
        <translation>把本店复制到一个空的 PostgreSQL 数据库并检查两边（店主）；本店原数据库保持不变</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>loyalty: interrupted; nothing was saved</source>
        <translation>loyalty：已中断，没有保存任何内容</translation>
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
        <source>Valid until {day}</source>
        <translation>有效期至 {day}</translation>
    </message>
    <message>
        <source>{shop} coupons</source>
        <translation>{shop} 优惠券</translation>
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
        <source>till offer:</source>
        <translation>收银台推荐：</translation>
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
        <source>To pay {0}</source>
        <translation>应付 {0}</translation>
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
        <source>{0} points redeemed</source>
        <translation>{0} 积分抵扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>本单可得积分</translation>
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
    <name>DamagedShopDialog</name>
    <message>
        <source>The shop&apos;s database is damaged</source>
        <translation>店铺数据库已损坏</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Open the shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups (*.db *.bak);;All files (*)</source>
        <translation>备份文件 (*.db *.bak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Put the backup {0} in place of the damaged database?

The backup is checked first. The damaged file is kept beside it under a new name; nothing is deleted.</source>
        <translation>用备份 {0} 替换已损坏的数据库吗？

会先检查备份文件。损坏的文件会改名保留在旁边，不会删除任何文件。</translation>
    </message>
    <message>
        <source>Checking and restoring {0}…</source>
        <translation>正在检查并恢复 {0}…</translation>
    </message>
    <message>
        <source>Restored {0}. The damaged file is kept as {1}.</source>
        <translation>已恢复 {0}。损坏的文件保留为 {1}。</translation>
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
    <name>DatabaseTab</name>
    <message>
        <source>SQLite file (this computer)</source>
        <translation>SQLite 文件（本机）</translation>
    </message>
    <message>
        <source>PostgreSQL server (several tills)</source>
        <translation>PostgreSQL 服务器（多台收银台）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Move this shop to the server</source>
        <translation>把本店迁移到服务器</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>密码保存在本机的系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in: the till asks for it each time it starts. It is never written to a file.</source>
        <translation>本机没有可保存密码的系统钥匙串：每次启动收银台时会询问密码。密码绝不写入文件。</translation>
    </message>
    <message>
        <source>Takes effect the next time loyalty-desktop starts.</source>
        <translation>下次启动 loyalty-desktop 时生效。</translation>
    </message>
    <message>
        <source>One till. The file must be on this computer&apos;s own disk: on a network drive SQLite&apos;s locking is unreliable and the shop could be damaged.</source>
        <translation>适合单台收银台。文件必须放在本机硬盘上：放在网络驱动器上时 SQLite 的文件锁不可靠，店铺数据可能损坏。</translation>
    </message>
    <message>
        <source>This till works on: {0}</source>
        <translation>本收银台当前使用：{0}</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>正在连接 {0}…</translation>
    </message>
    <message>
        <source>Connected to {0}. The database is empty: move this shop to it, or a till that starts on it begins a new shop.</source>
        <translation>已连接 {0}。数据库是空的：可以把本店迁移过去；否则在它上面启动的收银台会新建一家店。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {0}: a shop with %n member(s); its schema is upgraded when a till starts on it.</source>
        <translation>
            <numerusform>已连接 {0}：店内有 %n 位会员；收银台在它上面启动时会升级数据库结构。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to {0}: a shop with %n member(s).</source>
        <translation>
            <numerusform>已连接 {0}：店内有 %n 位会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: from the next start this till works on its SQLite file.</source>
        <translation>已保存：下次启动起，本收银台使用本机的 SQLite 文件。</translation>
    </message>
    <message>
        <source>Saved: from the next start this till works on {0}.</source>
        <translation>已保存：下次启动起，本收银台使用 {0}。</translation>
    </message>
    <message>
        <source>The password is kept in the keyring.</source>
        <translation>密码已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The password will be asked for when the till starts.</source>
        <translation>启动收银台时会询问密码。</translation>
    </message>
    <message>
        <source>Moving this shop to {0}…</source>
        <translation>正在把本店迁移到 {0}…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n row(s); `loyalty check` passes on both and the SQLite file is unchanged. From the next start this till works on {0}.</source>
        <translation>
            <numerusform>已迁移 %n 行数据；两边的 `loyalty check` 均通过，SQLite 文件保持不变。下次启动起，本收银台使用 {0}。</numerusform>
        </translation>
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
    <message>
        <source>Erased member</source>
        <translation>已注销会员</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
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
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>{tenths} tenths of the price</source>
        <translation>{tenths}折</translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>减{percent}%</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
</context>
<context>
    <name>Earning</name>
    <message>
        <source>below the minimum spend of {amount}</source>
        <translation>未达最低消费 {amount}</translation>
    </message>
    <message>
        <source>nothing paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>{yuan} yuan × {rate}</source>
        <translation>{yuan} 元 × {rate}</translation>
    </message>
    <message>
        <source>cap {points}</source>
        <translation>单笔上限 {points}</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>修改会员资料</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 1990-05-20</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>用 ; 分隔</translation>
    </message>
    <message>
        <source>Agrees to receive offers (SMS / WeChat / e-mail)</source>
        <translation>同意接收优惠信息（短信 / 微信 / 邮件）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone (empty: none)</source>
        <translation>手机号（留空：不留）</translation>
    </message>
    <message>
        <source>Birthday (empty: none)</source>
        <translation>生日（留空：不填）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
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
        <source>Save card PDF…</source>
        <translation>保存会员卡 PDF…</translation>
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
    <message>
        <source>Save member card</source>
        <translation>保存会员卡</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>Erase member</source>
        <translation>注销会员</translation>
    </message>
    <message>
        <source>Erase the personal details of {0} (card {1}) at their request?

Removed for good: the name, phone, birthday and tags, the marketing consent, their survey comments and the notes of calls back to them.
Kept, without a name: their sales, points, coupons and survey scores, so every report total stays the same.

Card {1} is refused from then on. This cannot be undone.</source>
        <translation>应本人要求删除 {0}（卡号 {1}）的个人信息吗？

永久删除：姓名、手机、生日、标签、营销同意，以及问卷留言和回访记录。
保留（不带姓名）：消费、积分、优惠券和问卷评分，所有报表数字保持不变。

此后卡号 {1} 不能再使用。此操作无法撤销。</translation>
    </message>
    <message>
        <source>e.g. asked at the counter on 2026-11-28</source>
        <translation>例如：2026-11-28 本人到店申请</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除个人信息</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>不能是将来的时间</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} 不是整数</translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} 不是数字</translation>
    </message>
    <message>
        <source>{text!r} has too many decimals (at most {places})</source>
        <translation>{text!r} 小数位太多（最多 {places} 位）</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>请输入整数</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能是负数</translation>
    </message>
    <message>
        <source>must not be zero</source>
        <translation>不能为零</translation>
    </message>
    <message>
        <source>must be at least {least}</source>
        <translation>不能小于 {least}</translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation>不能大于 {most}</translation>
    </message>
    <message>
        <source>must be more than {least}</source>
        <translation>必须大于 {least}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>有 {length} 个字，最多只能 {limit} 个字</translation>
    </message>
    <message>
        <source>has at most {limit} characters</source>
        <translation>最多 {limit} 个字</translation>
    </message>
    <message>
        <source>must not hold control characters</source>
        <translation>不能含有控制字符</translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation>不是可用的设置项</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>只能是 {choices} 之一</translation>
    </message>
    <message>
        <source>{text!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text!r} 不是日期（格式：YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{text!r} is not a date and time (YYYY-MM-DD HH:MM[:SS])</source>
        <translation>{text!r} 不是日期时间（格式：YYYY-MM-DD HH:MM[:SS]）</translation>
    </message>
    <message>
        <source>{text!r} has no time of day (YYYY-MM-DD HH:MM)</source>
        <translation>{text!r} 缺少时刻（格式：YYYY-MM-DD HH:MM）</translation>
    </message>
    <message>
        <source>{text!r} is not a month (YYYY-MM)</source>
        <translation>{text!r} 不是月份（格式：YYYY-MM）</translation>
    </message>
    <message>
        <source>{text!r} is not between {first} and {last}</source>
        <translation>{text!r} 不在 {first} 到 {last} 之间</translation>
    </message>
    <message>
        <source>unknown time zone {text!r}</source>
        <translation>没有 {text!r} 这个时区</translation>
    </message>
    <message>
        <source>more than two decimals</source>
        <translation>小数超过两位</translation>
    </message>
    <message>
        <source>not an amount in yuan (e.g. 88.50)</source>
        <translation>不是以元为单位的金额（例如 88.50）</translation>
    </message>
    <message>
        <source>more than ¥{most}, the most one amount may be</source>
        <translation>超过单笔金额上限 ¥{most}</translation>
    </message>
    <message>
        <source>{points} is more than {most:,} points</source>
        <translation>{points} 超过了上限 {most:,} 积分</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number: expected a mobile number (11 digits starting with 13-19), a landline with its area code (e.g. 010-88886666) or + and a country code</source>
        <translation>{text!r} 不是电话号码：请输入手机号（13–19 开头的 11 位数字）、带区号的座机号（例如 010-88886666），或以 + 和国家代码开头的号码</translation>
    </message>
    <message>
        <source>{text!r} looks like a number Excel rewrote; format the column as text and export again</source>
        <translation>{text!r} 像是被 Excel 改写过的数字；请把这一列设为文本格式后重新导出</translation>
    </message>
    <message>
        <source>{text!r} may only hold letters, digits and -</source>
        <translation>{text!r} 只能包含字母、数字和 -</translation>
    </message>
    <message>
        <source>{text} was replaced by a new card and cannot be given out again</source>
        <translation>{text} 是已换卡作废的卡号，不能再发放</translation>
    </message>
    <message>
        <source>no member with id {member_id}</source>
        <translation>找不到编号为 {member_id} 的会员</translation>
    </message>
    <message>
        <source>is before the member enrolled</source>
        <translation>早于会员的入会时间</translation>
    </message>
    <message>
        <source>a walk-in sale cannot redeem points</source>
        <translation>散客消费不能兑换积分</translation>
    </message>
    <message>
        <source>{text!r} is not a UUID</source>
        <translation>{text!r} 不是 UUID</translation>
    </message>
    <message>
        <source>a refund cannot come before its sale</source>
        <translation>退款时间不能早于消费时间</translation>
    </message>
    <message>
        <source>is required for an adjustment</source>
        <translation>调整积分必须写明原因</translation>
    </message>
    <message>
        <source>is required for an erasure (e.g. the member&apos;s request and its date)</source>
        <translation>删除个人信息必须写明原因（例如本人申请及日期）</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>enter the amount</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <source>no staff member {staff_id}</source>
        <translation>找不到员工 {staff_id}</translation>
    </message>
    <message>
        <source>no reward called {name!r} in the catalogue</source>
        <translation>兑换目录里没有 {name!r} 这项奖励</translation>
    </message>
    <message>
        <source>{day} is in the future; give today or earlier</source>
        <translation>{day} 还没到；请填今天或更早的日期</translation>
    </message>
    <message>
        <source>already has data; the demo fills an empty shop</source>
        <translation>已经有数据了；演示数据只能填入空的店铺</translation>
    </message>
    <message>
        <source>it has no manifest.json (not a sync package, or not copied whole)</source>
        <translation>没有 manifest.json（不是同步包，或没有复制完整）</translation>
    </message>
    <message>
        <source>its manifest.json is damaged</source>
        <translation>它的 manifest.json 已损坏</translation>
    </message>
    <message>
        <source>{file} is missing</source>
        <translation>缺少 {file}</translation>
    </message>
    <message>
        <source>{file} does not match its checksum (damaged or changed since the export)</source>
        <translation>{file} 与校验值不符（导出后已损坏或被改动）</translation>
    </message>
    <message>
        <source>{file} is damaged</source>
        <translation>{file} 已损坏</translation>
    </message>
    <message>
        <source>line {line} of {file} is damaged</source>
        <translation>{file} 第 {line} 行已损坏</translation>
    </message>
    <message>
        <source>a newer version of the program made it (schema {revision}): update this till</source>
        <translation>它由更新版本的程序生成（数据库版本 {revision}）：请先更新本机程序</translation>
    </message>
    <message>
        <source>it comes from another shop (this till already has sales of its own)</source>
        <translation>它来自另一家店（本机已有自己的销售记录）</translation>
    </message>
    <message>
        <source>its {file} does not follow what till {till} sent before</source>
        <translation>其中的 {file} 接不上收银机 {till} 之前发来的数据</translation>
    </message>
    <message>
        <source>{file} refers to a row that is not here ({uuid})</source>
        <translation>{file} 引用了本机没有的记录（{uuid}）</translation>
    </message>
    <message>
        <source>a sync package of this name is there already</source>
        <translation>同名的同步包已经存在</translation>
    </message>
    <message>
        <source>there is no such folder or package</source>
        <translation>没有这个文件夹或同步包</translation>
    </message>
    <message>
        <source>mistyped (its check character is wrong)</source>
        <translation>券码输错了（校验位不对）</translation>
    </message>
    <message>
        <source>no such coupon was issued</source>
        <translation>没有发放过这张券</translation>
    </message>
    <message>
        <source>already used (sale {sale_id})</source>
        <translation>已经用过了（消费单 {sale_id}）</translation>
    </message>
    <message>
        <source>void ({note})</source>
        <translation>已作废（{note}）</translation>
    </message>
    <message>
        <source>void (by the owner)</source>
        <translation>已被店主作废</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>还没到使用日期</translation>
    </message>
    <message>
        <source>was not issued yet at the time of the sale</source>
        <translation>消费时这张券还没有发放</translation>
    </message>
    <message>
        <source>is for members: scan the member&apos;s card first</source>
        <translation>仅限会员使用：请先扫会员卡</translation>
    </message>
    <message>
        <source>belongs to another member</source>
        <translation>属于其他会员</translation>
    </message>
    <message>
        <source>needs a purchase of ¥{min_spend} or more</source>
        <translation>需消费满 ¥{min_spend} 才能使用</translation>
    </message>
    <message>
        <source>cannot be combined with redeeming points</source>
        <translation>不能和积分兑换同时使用</translation>
    </message>
    <message>
        <source>bonus points need a member</source>
        <translation>赠送积分需要会员</translation>
    </message>
    <message>
        <source>was just used at another till</source>
        <translation>刚在另一台收银机上用掉了</translation>
    </message>
    <message>
        <source>is redeemed, not open</source>
        <translation>已经用过，不能作废</translation>
    </message>
    <message>
        <source>is void, not open</source>
        <translation>已经作废过了</translation>
    </message>
    <message>
        <source>locked for {seconds} s after repeated failed scans</source>
        <translation>多次扫码失败，已锁定 {seconds} 秒</translation>
    </message>
    <message>
        <source>is required to void a coupon</source>
        <translation>作废优惠券必须写明原因</translation>
    </message>
    <message>
        <source>has already passed</source>
        <translation>已经过了</translation>
    </message>
    <message>
        <source>{day} has already passed</source>
        <translation>{day} 已经过了</translation>
    </message>
    <message>
        <source>no active coupon template {template_id}</source>
        <translation>找不到可用的优惠券模板 {template_id}</translation>
    </message>
    <message>
        <source>this template is for members only</source>
        <translation>这个模板仅限会员</translation>
    </message>
    <message>
        <source>{text!r} is not an occasion for an offer</source>
        <translation>{text!r} 不是推荐优惠的场合</translation>
    </message>
    <message>
        <source>this coupon is no longer the member&apos;s suggestion</source>
        <translation>这张优惠券已不再推荐给该会员</translation>
    </message>
    <message>
        <source>at most {most} lines in one sale</source>
        <translation>一笔销售最多 {most} 行商品</translation>
    </message>
    <message>
        <source>the lines add up to {total}, not to the sale&apos;s amount {amount}</source>
        <translation>商品明细合计 {total}，与本单金额 {amount} 不符</translation>
    </message>
    <message>
        <source>{code} is already an item&apos;s code or barcode</source>
        <translation>{code} 已是某个商品的编码或条码</translation>
    </message>
    <message>
        <source>no item on the list has the code {code}</source>
        <translation>商品清单里没有编码为 {code} 的商品</translation>
    </message>
    <message>
        <source>is not a receipt of the sales file</source>
        <translation>不是销售文件中的小票号</translation>
    </message>
    <message>
        <source>no member matched and no bearer count given</source>
        <translation>没有符合条件的会员，也没有填写不记名券的张数</translation>
    </message>
    <message>
        <source>at most {most} coupons in one run</source>
        <translation>一次最多发放 {most} 张券</translation>
    </message>
    <message>
        <source>design a coupon first</source>
        <translation>请先设计一种优惠券</translation>
    </message>
    <message>
        <source>a points coupon gives at most {most:,} points</source>
        <translation>积分券最多赠送 {most:,} 积分</translation>
    </message>
    <message>
        <source>a coupon is worth at most ¥{most}</source>
        <translation>一张券的面值最多 ¥{most}</translation>
    </message>
    <message>
        <source>a percent coupon takes at most 100% off</source>
        <translation>折扣券最多减免 100%</translation>
    </message>
    <message>
        <source>a free-item coupon needs the item&apos;s name</source>
        <translation>兑换券需要写明兑换的商品</translation>
    </message>
    <message>
        <source>give valid_days or valid_until</source>
        <translation>请填写有效天数（valid_days）或截止日期（valid_until）</translation>
    </message>
    <message>
        <source>valid_until is before valid_from</source>
        <translation>截止日期早于开始日期</translation>
    </message>
    <message>
        <source>weekdays are 1 (Monday) to 7 (Sunday)</source>
        <translation>星期请用 1（周一）到 7（周日）</translation>
    </message>
    <message>
        <source>end is before start</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>the first tier must have threshold 0 (every member is in a tier)</source>
        <translation>第一个等级的门槛必须是 0（每位会员都有等级）</translation>
    </message>
    <message>
        <source>tier thresholds overlap: {upper} ({upper_threshold}) must be above {lower} ({lower_threshold})</source>
        <translation>等级门槛重叠：{upper}（{upper_threshold}）必须高于 {lower}（{lower_threshold}）</translation>
    </message>
    <message>
        <source>tier names must be different</source>
        <translation>等级名称不能重复</translation>
    </message>
    <message>
        <source>four thresholds from 1 to at most {most}, rising from score 5 to score 2</source>
        <translation>需要四个 1 到 {most} 之间的门槛，从 5 分到 2 分递增</translation>
    </message>
    <message>
        <source>four thresholds from 1 to at most {most}, falling from score 5 to score 2</source>
        <translation>需要四个 1 到 {most} 之间的门槛，从 5 分到 2 分递减</translation>
    </message>
    <message>
        <source>reward names must be different</source>
        <translation>奖励名称不能重复</translation>
    </message>
    <message>
        <source>needs a Chinese or an English wording</source>
        <translation>需要中文或英文的文字</translation>
    </message>
    <message>
        <source>a choice question has 2 to 6 answers</source>
        <translation>选择题要有 2 到 6 个选项</translation>
    </message>
    <message>
        <source>a {kind} question has no answers to choose from</source>
        <translation>{kind} 题不设选项</translation>
    </message>
    <message>
        <source>a survey asks NPS or CSAT (or both)</source>
        <translation>问卷至少要问推荐度（NPS）或满意度（CSAT）</translation>
    </message>
    <message>
        <source>a survey has 1 to 3 questions</source>
        <translation>问卷有 1 到 3 道题</translation>
    </message>
    <message>
        <source>each kind of question may be asked once</source>
        <translation>每种题目只能问一次</translation>
    </message>
    <message>
        <source>one extra question: either a choice or a free-text question</source>
        <translation>附加题只能有一道：选择题或填空题</translation>
    </message>
    <message>
        <source>this survey does not ask it</source>
        <translation>这份问卷没有这道题</translation>
    </message>
    <message>
        <source>{value} is not 0 to 10</source>
        <translation>{value} 不在 0 到 10 之间</translation>
    </message>
    <message>
        <source>{value} is not 1 to 5</source>
        <translation>{value} 不在 1 到 5 之间</translation>
    </message>
    <message>
        <source>there is no answer {number}</source>
        <translation>没有第 {number} 个选项</translation>
    </message>
    <message>
        <source>no question was answered</source>
        <translation>一道题都没有回答</translation>
    </message>
    <message>
        <source>sale {sale_id} did not ask the survey</source>
        <translation>消费单 {sale_id} 没有发起问卷</translation>
    </message>
    <message>
        <source>sale {sale_id} is already answered</source>
        <translation>消费单 {sale_id} 的问卷已经答过了</translation>
    </message>
    <message>
        <source>is before the sale</source>
        <translation>早于消费时间</translation>
    </message>
    <message>
        <source>no follow-up {follow_up_id}</source>
        <translation>找不到回访 {follow_up_id}</translation>
    </message>
    <message>
        <source>{text!r}: use open, contacted or resolved</source>
        <translation>{text!r}：请用 open（待回访）、contacted（已联系）或 resolved（已解决）</translation>
    </message>
    <message>
        <source>nothing changed: write a note or a new status</source>
        <translation>没有改动：请写备注或选新的状态</translation>
    </message>
    <message>
        <source>the last month is before the first</source>
        <translation>结束月份早于开始月份</translation>
    </message>
    <message>
        <source>{month} has not begun yet</source>
        <translation>{month} 还没开始</translation>
    </message>
    <message>
        <source>{text!r}: use {grammar}</source>
        <translation>{text!r}：请用 {grammar}</translation>
    </message>
    <message>
        <source>1 to 40 characters, without &apos;:&apos;</source>
        <translation>1 到 40 个字，不能含有“:”</translation>
    </message>
    <message>
        <source>no saved filter {name!r}</source>
        <translation>没有名为 {name!r} 的已存筛选</translation>
    </message>
    <message>
        <source>{text!r}: use {choices}</source>
        <translation>{text!r}：请用 {choices}</translation>
    </message>
    <message>
        <source>no message template {name!r}</source>
        <translation>没有名为 {name!r} 的消息模板</translation>
    </message>
    <message>
        <source>another message template is already called {name!r}</source>
        <translation>已有另一个消息模板叫 {name!r}</translation>
    </message>
    <message>
        <source>the braces do not pair up (a field is one name between two braces)</source>
        <translation>花括号不成对（字段是写在一对花括号中的名称）</translation>
    </message>
    <message>
        <source>write the field {text!r} without ! or : after its name</source>
        <translation>字段 {text!r} 的名称后不能带 ! 或 :</translation>
    </message>
    <message>
        <source>{text!r} is not a field; the fields are {choices}</source>
        <translation>{text!r} 不是可用字段；可用字段：{choices}</translation>
    </message>
    <message>
        <source>no database at {path}; create it with `loyalty init`</source>
        <translation>{path} 没有数据库；请先用 `loyalty init` 创建</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>读写 {path} 出错：{detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{path} is empty (a header row is needed)</source>
        <translation>{path} 是空的（需要有表头行）</translation>
    </message>
    <message>
        <source>{path}, line {line}: {detail}</source>
        <translation>{path} 第 {line} 行：{detail}</translation>
    </message>
    <message>
        <source>the file starts like UTF-8 (a BOM) but is not UTF-8 text</source>
        <translation>文件开头是 UTF-8 标记（BOM），内容却不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file is not {encodings} text</source>
        <translation>文件不是 {encodings} 编码的文本</translation>
    </message>
    <message>
        <source>{values} values but the header has {columns} columns (a value with a comma needs quotes)</source>
        <translation>有 {values} 个值，但表头只有 {columns} 列（含逗号的值要加引号）</translation>
    </message>
    <message>
        <source>column {columns} appears more than once</source>
        <translation>{columns} 列出现了不止一次</translation>
    </message>
    <message>
        <source>column {columns} appears more than once (as {spelt})</source>
        <translation>{columns} 列出现了不止一次（写作 {spelt}）</translation>
    </message>
    <message>
        <source>needs a column named {names}</source>
        <translation>缺少名为 {names} 的列</translation>
    </message>
    <message>
        <source>{text!r} is not yes/no</source>
        <translation>{text!r} 不是“是/否”</translation>
    </message>
    <message>
        <source>is required (it makes re-imports safe)</source>
        <translation>必须填写（有了小票号，重复导入也不会记重）</translation>
    </message>
    <message>
        <source>receipt {receipt} is already recorded</source>
        <translation>小票 {receipt} 已经记录过了</translation>
    </message>
    <message>
        <source>receipt {receipt} appears {times} times in the file</source>
        <translation>小票 {receipt} 在文件里出现了 {times} 次</translation>
    </message>
    <message>
        <source>card and phone belong to different members</source>
        <translation>卡号和手机号属于不同的会员</translation>
    </message>
    <message>
        <source>no member with {field} {value}</source>
        <translation>找不到{field}为 {value} 的会员</translation>
    </message>
    <message>
        <source>the folder does not exist (is the USB stick plugged in?)</source>
        <translation>文件夹不存在（U 盘插好了吗？）</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>文件夹无法写入</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>{path} is not a full path</source>
        <translation>{path} 不是完整路径</translation>
    </message>
    <message>
        <source>no sync folder is chosen (Settings → Sync): a folder every till can reach</source>
        <translation>尚未选择同步文件夹（设置 → 同步）：请选择每台收银机都能访问的文件夹</translation>
    </message>
    <message>
        <source>no backup folder is chosen (Settings → Backups); or give a file or folder</source>
        <translation>还没有选择备份文件夹（设置 → 备份）；或者指定一个文件或文件夹</translation>
    </message>
    <message>
        <source>a PostgreSQL shop is backed up with pg_dump and restored with pg_restore, on the server</source>
        <translation>PostgreSQL 数据库请在服务器上用 pg_dump 备份、用 pg_restore 恢复</translation>
    </message>
    <message>
        <source>it is not a SQLite database file</source>
        <translation>它不是 SQLite 数据库文件</translation>
    </message>
    <message>
        <source>it is not a loyalty-desktop shop</source>
        <translation>它不是 loyalty-desktop 的店铺数据</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>文件已损坏（{detail}）</translation>
    </message>
    <message>
        <source>`loyalty check` fails on it ({detail})</source>
        <translation>`loyalty check` 检查未通过（{detail}）</translation>
    </message>
    <message>
        <source>it is the shop&apos;s database itself</source>
        <translation>它就是本店正在使用的数据库</translation>
    </message>
    <message>
        <source>not confirmed (answer y, or give --yes)</source>
        <translation>未确认（请回答 y，或加上 --yes）</translation>
    </message>
    <message>
        <source>the shop&apos;s database is not damaged: the owner restores it, signed in</source>
        <translation>店铺数据库没有损坏：请由店主登录后恢复</translation>
    </message>
    <message>
        <source>another till changed the same record at the same moment; try again</source>
        <translation>另一台收银机同时修改了这条记录；请再试一次</translation>
    </message>
    <message>
        <source>there is no database in this file</source>
        <translation>这个文件里没有数据库</translation>
    </message>
    <message>
        <source>schema revision {revision} is older than this program&apos;s ({head})</source>
        <translation>数据库版本 {revision} 比本程序的版本（{head}）旧</translation>
    </message>
    <message>
        <source>schema revision {revision} is older than this program&apos;s ({head}) and cannot be upgraded here ({detail})</source>
        <translation>数据库版本 {revision} 比本程序的版本（{head}）旧，且无法在这里升级（{detail}）</translation>
    </message>
    <message>
        <source>schema revision {revision} is newer than this program; update loyalty-desktop</source>
        <translation>数据库版本 {revision} 比本程序新；请升级 loyalty-desktop</translation>
    </message>
    <message>
        <source>the file is on a network drive ({kind}), where SQLite&apos;s locking is unreliable and the shop could be damaged; keep it on this computer, or let the tills share a PostgreSQL server (Settings → Database)</source>
        <translation>文件位于网络驱动器（{kind}）上，SQLite 的文件锁在那里不可靠，店铺数据可能损坏；请把文件放在本机，或让各收银台共用一台 PostgreSQL 服务器（设置 → 数据库）</translation>
    </message>
    <message>
        <source>the server cannot be reached ({detail})</source>
        <translation>无法连接服务器（{detail}）</translation>
    </message>
    <message>
        <source>the user name or the password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the server asks for a password</source>
        <translation>服务器要求输入密码</translation>
    </message>
    <message>
        <source>this database does not exist on the server</source>
        <translation>服务器上没有这个数据库</translation>
    </message>
    <message>
        <source>a shop moves to a PostgreSQL server only</source>
        <translation>店铺只能迁移到 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>it already holds a shop; a shop moves only into an empty database</source>
        <translation>其中已有店铺数据；只能迁移到空数据库</translation>
    </message>
    <message>
        <source>the PostgreSQL driver is not installed: pip install loyalty-desktop[postgres]</source>
        <translation>没有安装 PostgreSQL 驱动：请运行 pip install loyalty-desktop[postgres]</translation>
    </message>
    <message>
        <source>no driver for {driver} ({module} is not installed); loyalty-desktop works with SQLite and PostgreSQL</source>
        <translation>没有 {driver} 的驱动（未安装 {module}）；loyalty-desktop 支持 SQLite 和 PostgreSQL</translation>
    </message>
    <message>
        <source>must have at least {least} characters</source>
        <translation>至少要有 {least} 个字符</translation>
    </message>
    <message>
        <source>must not start or end with a space, nor hold control characters</source>
        <translation>开头和结尾不能是空格，也不能含控制字符</translation>
    </message>
    <message>
        <source>another account is already called {name!r}</source>
        <translation>已有员工账号叫 {name!r}</translation>
    </message>
    <message>
        <source>the shop needs at least one active owner</source>
        <translation>店里至少要有一个在用的店主账号</translation>
    </message>
    <message>
        <source>wrong PIN; {left} more wrong tries lock the account for a while</source>
        <translation>PIN 码错误；再错 {left} 次账号将被暂时锁定</translation>
    </message>
    <message>
        <source>too many wrong PINs: the account is locked for {seconds} more seconds</source>
        <translation>PIN 码错误次数过多：账号还要锁定 {seconds} 秒</translation>
    </message>
    <message>
        <source>this account has no PIN yet; the owner sets one in Settings → Staff</source>
        <translation>此账号还没有 PIN 码；请店主在 设置 → 员工 中设置</translation>
    </message>
    <message>
        <source>there is no such active account</source>
        <translation>没有这个在用的账号</translation>
    </message>
    <message>
        <source>no active account is called {name!r}</source>
        <translation>没有叫 {name!r} 的在用账号</translation>
    </message>
    <message>
        <source>no staff account is called {name!r}</source>
        <translation>没有名为 {name!r} 的员工账户</translation>
    </message>
    <message>
        <source>this shop&apos;s staff sign in: add --staff NAME (the PIN is asked, or LOYALTY_PIN)</source>
        <translation>本店员工需要登录：请加上 --staff 姓名（会询问 PIN 码，或取自 LOYALTY_PIN）</translation>
    </message>
    <message>
        <source>a PIN is needed: run on a terminal or set LOYALTY_PIN</source>
        <translation>需要 PIN 码：请在终端中运行，或设置 LOYALTY_PIN</translation>
    </message>
    <message>
        <source>the owner&apos;s account is already set up</source>
        <translation>店主账号已经设置好了</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>amount {value!r}: {reason}</source>
        <translation>金额 {value!r}：{reason}</translation>
    </message>
    <message>
        <source>{value!r}: {reason}</source>
        <translation>{value!r}：{reason}</translation>
    </message>
    <message>
        <source>{path} is {what}; choose another file name</source>
        <translation>{path} 是{what}；请换一个文件名</translation>
    </message>
    <message>
        <source>card {card} is mistyped (its check digit is wrong)</source>
        <translation>卡号 {card} 输错了（校验位不对）</translation>
    </message>
    <message>
        <source>no member with card or phone {query}</source>
        <translation>找不到卡号或手机号为 {query} 的会员</translation>
    </message>
    <message>
        <source>card {card} was replaced by a new card and is no longer valid; ask for the new card or find the member by phone</source>
        <translation>卡号 {card} 已换新卡，旧卡作废；请顾客出示新卡，或用手机号查找会员</translation>
    </message>
    <message>
        <source>member {card} was removed at their request; their details cannot be changed</source>
        <translation>会员 {card} 已应本人要求注销，资料不能再修改</translation>
    </message>
    <message>
        <source>card {card} belonged to a member whose details were erased at their request; it can no longer be used</source>
        <translation>卡号 {card} 的会员已应本人要求注销，此卡不能再使用</translation>
    </message>
    <message>
        <source>not confirmed, so nothing was changed: answer yes on a terminal, or add --yes</source>
        <translation>未确认，没有做任何更改：请在终端中回答 yes，或加上 --yes</translation>
    </message>
    <message>
        <source>{field} {value} already belongs to member {card} ({name})</source>
        <translation>{field} {value} 已属于会员 {card}（{name}）</translation>
    </message>
    <message>
        <source>cannot redeem {requested} points: the balance is {balance}</source>
        <translation>积分不足：需要 {requested} 积分，当前余额 {balance}</translation>
    </message>
    <message>
        <source>cannot redeem {requested} points: at most {maximum} fit this sale</source>
        <translation>不能兑换 {requested} 积分：这笔消费最多可兑换 {maximum} 积分</translation>
    </message>
    <message>
        <source>points are redeemed in steps of {step}; {requested} is not one</source>
        <translation>积分须按 {step} 的整数倍兑换；{requested} 不符合</translation>
    </message>
    <message>
        <source>a sale of {amount} is above {threshold}: confirm the amount is right</source>
        <translation>这笔消费 {amount} 超过了 {threshold}：请确认金额无误</translation>
    </message>
    <message>
        <source>no sale {sale}</source>
        <translation>找不到消费单 {sale}</translation>
    </message>
    <message>
        <source>cannot refund {requested}: only {refundable} of sale {sale_id} is left to refund</source>
        <translation>不能退款 {requested}：消费单 {sale_id} 只剩 {refundable} 可退</translation>
    </message>
    <message>
        <source>sale {sale_id} is already fully refunded</source>
        <translation>消费单 {sale_id} 已全额退款</translation>
    </message>
    <message>
        <source>receipt {receipt} is already recorded (sale {sale_id})</source>
        <translation>小票 {receipt} 已经记录过了（消费单 {sale_id}）</translation>
    </message>
    <message>
        <source>coupon {coupon}: {reason}</source>
        <translation>优惠券 {coupon}：{reason}</translation>
    </message>
    <message>
        <source>a coupon template named &quot;{name}&quot; already exists (template {template_id})</source>
        <translation>已有名为“{name}”的优惠券模板（模板 {template_id}）</translation>
    </message>
    <message>
        <source>{action}: not on the member card linked to your own account; ask a colleague</source>
        <translation>{action}：不能用在与你本人账号关联的会员卡上，请同事办理</translation>
    </message>
    <message>
        <source>cannot sign in: {reason}</source>
        <translation>无法登录：{reason}</translation>
    </message>
    <message>
        <source>{action} needs the {role} role</source>
        <translation>{action}需要{role}权限</translation>
    </message>
    <message>
        <source>{rows} in {file}; nothing was imported</source>
        <translation>{file} 有 {rows}；没有导入任何数据</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n 行有问题</numerusform>
        </translation>
    </message>
    <message>
        <source>check: {broken}</source>
        <translation>检查：发现 {broken}</translation>
    </message>
    <message numerus="yes">
        <source>%n invariant(s) broken</source>
        <translation>
            <numerusform>%n 处数据不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is busy (another till or a long job is writing); try again</source>
        <translation>数据库正忙（另一台收银机或一项较长的任务正在写入）；请再试一次</translation>
    </message>
    <message>
        <source>database {url}: {reason}</source>
        <translation>数据库 {url}：{reason}</translation>
    </message>
    <message>
        <source>the database server cannot be reached; nothing was saved — try again</source>
        <translation>无法连接数据库服务器；本次操作未保存——请重试</translation>
    </message>
    <message>
        <source>database {path} is damaged ({detail}); nothing was written to it. Restore your latest backup with `loyalty restore BACKUP` or with Restore a backup… as the app starts (the damaged file is kept, renamed)</source>
        <translation>数据库 {path} 已损坏（{detail}），未写入任何内容。请用 `loyalty restore 备份文件` 或在程序启动时点“恢复备份…”恢复最近的备份（损坏的文件会改名保留）</translation>
    </message>
    <message>
        <source>sale key {key} already recorded sale {sale_id} with different details ({field}); a new sale needs a new key</source>
        <translation>销售键 {key} 已记录过消费单 {sale_id}，但内容不同（{field}）；新的消费需要新的销售键</translation>
    </message>
    <message>
        <source>{detail} (see {prog} --help)</source>
        <translation>{detail}（用法见 {prog} --help）</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>backup to {path}: {reason}</source>
        <translation>备份到 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}; the current database is unchanged</source>
        <translation>无法恢复 {path}：{reason}；当前数据库没有任何改动</translation>
    </message>
    <message>
        <source>{path} is not imported: {reason}; nothing was imported from it</source>
        <translation>{path} 未导入：{reason}；其中的内容都没有导入</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>line {line}: {detail}</source>
        <translation>第 {line} 行：{detail}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {detail}</source>
        <translation>第 {line} 行，{column}列：{detail}</translation>
    </message>
    <message>
        <source>the shop&apos;s database</source>
        <translation>本店的数据库</translation>
    </message>
    <message>
        <source>a journal file of the shop&apos;s database</source>
        <translation>本店数据库的日志文件</translation>
    </message>
    <message>
        <source>a backup of the shop&apos;s database</source>
        <translation>本店数据库的备份</translation>
    </message>
    <message>
        <source>adjusting points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>refunding a sale</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>changing the rules</source>
        <translation>修改积分规则</translation>
    </message>
    <message>
        <source>designing coupons</source>
        <translation>设计优惠券</translation>
    </message>
    <message>
        <source>issuing coupons</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>voiding coupons</source>
        <translation>作废优惠券</translation>
    </message>
    <message>
        <source>giving the till&apos;s suggested coupon</source>
        <translation>发放收银台推荐的优惠券</translation>
    </message>
    <message>
        <source>changing the item list</source>
        <translation>修改商品清单</translation>
    </message>
    <message>
        <source>writing message templates</source>
        <translation>编写消息模板</translation>
    </message>
    <message>
        <source>saving a member filter</source>
        <translation>保存会员筛选</translation>
    </message>
    <message>
        <source>deleting a member filter</source>
        <translation>删除会员筛选</translation>
    </message>
    <message>
        <source>changing the survey</source>
        <translation>修改问卷</translation>
    </message>
    <message>
        <source>working the follow-up queue</source>
        <translation>处理回访</translation>
    </message>
    <message>
        <source>reading survey answers</source>
        <translation>查看问卷回答</translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>setting the KPI targets</source>
        <translation>设定经营目标</translation>
    </message>
    <message>
        <source>managing staff accounts</source>
        <translation>管理员工账号</translation>
    </message>
    <message>
        <source>importing members or sales</source>
        <translation>导入会员或销售</translation>
    </message>
    <message>
        <source>exporting personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>erasing a member&apos;s personal details</source>
        <translation>删除会员个人信息</translation>
    </message>
    <message>
        <source>seeing members&apos; full phone numbers</source>
        <translation>查看会员完整手机号</translation>
    </message>
    <message>
        <source>a refund above the cashiers&apos; limit or of an earlier day&apos;s sale</source>
        <translation>超过收银员限额或非当天销售的退款</translation>
    </message>
    <message>
        <source>making a backup</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>查看操作记录</translation>
    </message>
    <message>
        <source>syncing with the other tills</source>
        <translation>与其他收银机同步</translation>
    </message>
    <message>
        <source>choosing the shop&apos;s database</source>
        <translation>选择店铺数据库</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>owner or manager</source>
        <translation>店主或店长</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>出了点问题：{0}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>answered_at</source>
        <translation>回答时间</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>as-of</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>bearer</source>
        <translation>不记名券</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>count</source>
        <translation>张数</translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>csat</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>db</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>enrolled_at</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>issued_at</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>items</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>key</source>
        <translation>销售键</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>list</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>marketing_consent</source>
        <translation>同意营销</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>members/months</source>
        <translation>会员数/月数</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>nps</source>
        <translation>推荐度</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>会员筛选</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>target</source>
        <translation>发放对象</translation>
    </message>
    <message>
        <source>template</source>
        <translation>优惠券模板</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>timezone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>unit_price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>valid_from</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>valid_until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>value</source>
        <translation>面值</translation>
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
        <source>Redeem all the points this sale can take</source>
        <translation>全部抵扣：本单可用的积分全部抵现</translation>
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
    <message>
        <source>Lock the till / switch cashier</source>
        <translation>锁定收银台 / 切换收银员</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Item list</source>
        <translation>商品清单</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>从 CSV 文件导入</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a CSV file of members, sales or items (UTF-8 or GBK).</source>
        <translation>请选择会员、销售或商品的 CSV 文件（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>已停止，未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>{file} ({encoding}): %n row(s).</source>
        <translation>
            <numerusform>{file}（{encoding}）：共 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported.</source>
        <translation>
            <numerusform>可导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (see the table).</source>
        <translation>
            <numerusform>%n 行有问题（见下表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>尚未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Import the good rows and leave out the %n bad row(s)</source>
        <translation>
            <numerusform>导入正确的行，跳过 %n 行有问题的</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out (not known): {0}</source>
        <translation>无法识别、将被忽略的列：{0}</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and undoes it.</source>
        <translation>正在导入…点“取消”可停止并撤销本次导入。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s) from {file}.</source>
        <translation>
            <numerusform>已从 {file} 导入 %n 位会员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sale(s) from {file}.</source>
        <translation>
            <numerusform>已从 {file} 导入 %n 笔消费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) added.</source>
        <translation>
            <numerusform>共加 %n 积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out, written with their problems to {path}</source>
        <translation>
            <numerusform>已跳过 %n 行有问题的，连同问题说明保存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}</source>
        <translation>{file} 无法导入：{reason}</translation>
    </message>
    <message>
        <source>Stopping: undoing what was imported…</source>
        <translation>正在停止，撤销已导入的数据…</translation>
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
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Change an item</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>scan it here, or leave empty</source>
        <translation>在此扫码，或留空</translation>
    </message>
    <message>
        <source>yuan, e.g. 28.00</source>
        <translation>元，如 28.00</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>The till scans these codes or barcodes into a sale&apos;s lines. A new price applies to the next sales; sales already made keep theirs. Import… reads a whole list (code, name, category, barcode, price): new codes are added, known ones changed.</source>
        <translation>收银台扫这些编码或条码，记入销售明细。新价格从下一笔销售起生效，已完成的销售保持原价。“导入…”可读入整份清单（编码、名称、品类、条码、价格）：新编码会添加，已有的会更新。</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>商品已添加</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0} 已修改</translation>
    </message>
    <message>
        <source>Take “{0}” off the item list? The till will no longer find it; sales that sold it keep their lines.</source>
        <translation>将“{0}”下架？收银台将找不到它；已售出的销售明细保持不变。</translation>
    </message>
    <message>
        <source>{0} is off the list</source>
        <translation>{0} 已下架</translation>
    </message>
</context>
<context>
    <name>LedgerNotes</name>
    <message>
        <source>enrolment bonus</source>
        <translation>入会奖励</translation>
    </message>
    <message>
        <source>birthday bonus {year}</source>
        <translation>{year} 年生日礼遇</translation>
    </message>
    <message>
        <source>referral bonus (welcome)</source>
        <translation>推荐奖励（新会员）</translation>
    </message>
    <message>
        <source>referral bonus for {card}</source>
        <translation>推荐奖励：推荐了会员 {card}</translation>
    </message>
    <message>
        <source>referral bonus taken back (refund)</source>
        <translation>推荐奖励已收回（退款）</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <source>opening balance from {file}</source>
        <translation>期初积分（导入自 {file}）</translation>
    </message>
    <message>
        <source>reward: {name}</source>
        <translation>积分兑换：{name}</translation>
    </message>
    <message>
        <source>coupon {code}</source>
        <translation>优惠券 {code} 赠送积分</translation>
    </message>
    <message>
        <source>coupon {code} bonus taken back (refund)</source>
        <translation>优惠券 {code} 赠送积分已收回（退款）</translation>
    </message>
    <message>
        <source>birthday bonus {year} given again at another till: taken back</source>
        <translation>{year} 年生日积分在另一台收银机上重复发放：已扣回</translation>
    </message>
    <message>
        <source>sale refunded again at another till: points settled</source>
        <translation>该笔消费在另一台收银机上重复退款：积分已更正</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>loyalty-desktop</source>
        <translation>会员积分收银</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Only the owner or a manager reads survey answers</source>
        <translation>只有店主或店长可以查看调查结果</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Only the owner or a manager reads the reports</source>
        <translation>只有店主或店长可以查看报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Only the owner can change the rules</source>
        <translation>只有店主可以修改规则</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>Customer display (Ctrl+D)</source>
        <translation>顾客屏 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation>当前登录：{0}（{1}）</translation>
    </message>
    <message>
        <source>Switch cashier (Ctrl+L)</source>
        <translation>切换收银员 (Ctrl+L)</translation>
    </message>
    <message>
        <source>The customer display needs a second screen</source>
        <translation>需接第二块屏幕才能使用顾客屏</translation>
    </message>
    <message>
        <source>Daily housekeeping: {0} of {1} members…</source>
        <translation>每日维护：已处理 {0} / {1} 位会员…</translation>
    </message>
    <message>
        <source>Daily housekeeping: {0} points expired, {1} birthday bonuses, {2} downgrades</source>
        <translation>每日维护：{0} 积分过期，发放 {1} 份生日礼遇，{2} 位会员降级</translation>
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
        <source>Export data…</source>
        <translation>导出资料…</translation>
    </message>
    <message>
        <source>Everything held about the member, into a folder</source>
        <translation>把该会员的全部资料导出到文件夹</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <source>Erase the member&apos;s personal details at their request</source>
        <translation>应本人要求删除会员个人信息</translation>
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
        <source>Export the member&apos;s data to</source>
        <translation>导出会员资料到</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出资料</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {0}</source>
        <translation>
            <numerusform>已写入 %n 个文件到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>注销会员</translation>
    </message>
    <message>
        <source>The personal details of card {0} were erased.</source>
        <translation>卡号 {0} 的个人信息已删除。</translation>
    </message>
    <message>
        <source>Card replaced</source>
        <translation>已换卡</translation>
    </message>
    <message>
        <source>Card {0} is now {1}. Print the new card for {2}?</source>
        <translation>卡号 {0} 已换为 {1}。现在为 {2} 打印新卡吗？</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>打印会员卡…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Enrolled {0} · birthday {1}</source>
        <translation>入会 {0} · 生日 {1}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改资料…</translation>
    </message>
    <message>
        <source>Edit the member&apos;s details (Ctrl+E)</source>
        <translation>修改会员资料（Ctrl+E）</translation>
    </message>
    <message>
        <source>Replace card…</source>
        <translation>换卡…</translation>
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
        <source>Stop marketing</source>
        <translation>不再接收营销</translation>
    </message>
    <message>
        <source>The member no longer wants offers by SMS, WeChat or e-mail</source>
        <translation>会员不再接收短信、微信或邮件优惠信息</translation>
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
    <message numerus="yes">
        <source> · usually every ~%n day(s)</source>
        <translation>
            <numerusform> · 通常每 ~%n 天来一次</numerusform>
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
    <message>
        <source>, </source>
        <comment>between the items a member usually buys</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Usually buys {0}</source>
        <translation>常买：{0}</translation>
    </message>
    <message>
        <source>Birthday today!</source>
        <translation>今天生日！</translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>%n 天后生日</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more to {1}</source>
        <translation>再消费 {0} 升级{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n more visit(s) to {0}</source>
        <translation>
            <numerusform>再来 %n 次升级{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer: {0} — F10 gives it</source>
        <translation>推荐：{0}（F10 发放）</translation>
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
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Members or sales from a CSV file</source>
        <translation>从 CSV 文件导入会员或消费记录</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>打印会员卡…</translation>
    </message>
    <message>
        <source>Cards of the chosen members, or blank cards for pre-printed stock</source>
        <translation>打印所选会员的卡，或预印用的空白卡</translation>
    </message>
    <message numerus="yes">
        <source>{0} member(s)</source>
        <translation>
            <numerusform>{0} 位会员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>the member&apos;s name</source>
        <translation>会员姓名</translation>
    </message>
    <message>
        <source>the points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>points lapsing soonest</source>
        <translation>最近一批到期的积分</translation>
    </message>
    <message>
        <source>the day they lapse</source>
        <translation>积分到期日</translation>
    </message>
    <message>
        <source>the member&apos;s tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>their newest unused coupon</source>
        <translation>最新一张未使用的优惠券</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>no marketing consent</source>
        <translation>未同意营销</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>没有手机号</translation>
    </message>
    <message>
        <source>no points lapsing within 30 days</source>
        <translation>30 天内没有到期积分</translation>
    </message>
    <message>
        <source>no unused coupon to quote</source>
        <translation>没有可引用的未使用优惠券</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons members were left out</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>{count} {reason}</source>
        <comment>how many members were left out, and why</comment>
        <translation>{reason} {count} 人</translation>
    </message>
    <message numerus="yes">
        <source>%n left out: {reasons}</source>
        <translation>
            <numerusform>%n 人未包含：{reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>Messages: {0}</source>
        <translation>群发消息：{0}</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Export CSV… (Ctrl+E)</source>
        <translation>导出 CSV…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>No templates yet: write one with New…</source>
        <translation>还没有模板：点“新建…”写一个</translation>
    </message>
    <message>
        <source>Writing the messages…</source>
        <translation>正在生成消息…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Delete the message template “{0}”?</source>
        <translation>删除消息模板“{0}”？</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>导出消息</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) to {0}</source>
        <translation>
            <numerusform>已写出 %n 条消息到 {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferChoices</name>
    <message>
        <source>Suggested at the till (F10 hands it over)</source>
        <translation>收银台推荐的优惠券（F10 发放）</translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>The till&apos;s suggestion is saved</source>
        <translation>收银台推荐已保存</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>birthday this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>a regular back after a long absence</source>
        <translation>久未光顾的老顾客回店</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>SQLite database file of the shop</source>
        <translation>本店的 SQLite 数据库文件</translation>
    </message>
    <message>
        <source>any SQLAlchemy database URL (instead of --db)</source>
        <translation>任意 SQLAlchemy 数据库 URL（代替 --db）</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <source>The member card of {0}</source>
        <translation>{0} 本人的会员卡</translation>
    </message>
    <message>
        <source>card or phone; empty: none</source>
        <translation>卡号或手机号；留空表示没有</translation>
    </message>
    <message>
        <source>Own member card</source>
        <translation>本人会员卡</translation>
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
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
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
        <translation>退款</translation>
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
        <source>customer returned the goods</source>
        <translation>顾客退货</translation>
    </message>
    <message>
        <source>faulty or damaged goods</source>
        <translation>商品有质量问题或破损</translation>
    </message>
    <message>
        <source>wrong amount keyed</source>
        <translation>收银金额录错</translation>
    </message>
    <message>
        <source>price adjustment</source>
        <translation>价格调整</translation>
    </message>
    <message>
        <source>search: sale number, receipt, card or amount</source>
        <translation>搜索：销售单号、小票号、会员卡号或金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
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
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter preview · Esc close</source>
        <translation>↑↓ 选择 · Enter 预览 · Esc 关闭</translation>
    </message>
    <message>
        <source>choose or type why (it goes on the audit trail)</source>
        <translation>选择或输入原因（记入操作记录）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ctrl+Enter refunds · Esc back to the list</source>
        <translation>Ctrl+Enter 退款 · Esc 返回列表</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to refund</source>
        <translation>按 Ctrl+Enter 确认退款</translation>
    </message>
    <message>
        <source>Takes back {0} earned points, gives back {1} redeemed</source>
        <translation>扣回所得积分 {0}，退还抵扣积分 {1}</translation>
    </message>
    <message>
        <source>Coupon {0} stays used (only a full refund returns it)</source>
        <translation>优惠券 {0} 不退回（全额退款才退回）</translation>
    </message>
    <message>
        <source>Coupon {0} is given back</source>
        <translation>优惠券 {0} 将退回</translation>
    </message>
    <message>
        <source>Coupon {0} has expired and is not given back</source>
        <translation>优惠券 {0} 已过期，不退回</translation>
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
    <name>RenameDialog</name>
    <message>
        <source>Rename {0}</source>
        <translation>修改 {0} 的姓名</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新姓名</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <source>Replace card</source>
        <translation>换卡</translation>
    </message>
    <message>
        <source>{0} gets a new card number and card {1} is refused from then on. Points, sales and coupons stay with the member.</source>
        <translation>{0} 将换发新卡号，旧卡 {1} 从此作废。积分、消费记录和优惠券都保留在会员名下。</translation>
    </message>
    <message>
        <source>New card number</source>
        <translation>新卡号</translation>
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
        <source>Coupon redemption rate</source>
        <translation>优惠券核销率</translation>
    </message>
    <message>
        <source>Coupons issued this month and redeemed by its end</source>
        <translation>本月发放且月底前已使用的优惠券占比</translation>
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
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目标 {target}</translation>
    </message>
    <message>
        <source>months met: {met} of {known}</source>
        <translation>{known} 个月中 {met} 个月达标</translation>
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
    <message>
        <source>Targets</source>
        <translation>经营目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Last {months} months</source>
        <translation>最近 {months} 个月</translation>
    </message>
    <message>
        <source>How often met</source>
        <translation>达标月数</translation>
    </message>
    <message>
        <source>Met: at or above the target. ▲▼: against the month before. The dashed line is the target, the dots the months with a figure.</source>
        <translation>达标：等于或高于目标。▲▼：与上月相比。虚线为目标，圆点为有数据的月份。</translation>
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
        <source>Targets…</source>
        <translation>经营目标…</translation>
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
        <source>Bought together</source>
        <translation>一起购买</translation>
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
    <name>ResetPinDialog</name>
    <message>
        <source>A new PIN for {0}</source>
        <translation>为 {0} 重设 PIN 码</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次 PIN 码</translation>
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
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>兑换品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The catalogue is empty: the owner adds rewards in Settings.</source>
        <translation>暂无兑换礼品：请店主在设置中添加。</translation>
    </message>
    <message>
        <source>needs {0} more points</source>
        <translation>还差 {0} 积分</translation>
    </message>
    <message>
        <source>{0} given for {1} points · balance {2}</source>
        <translation>已兑换 {0}，用 {1} 积分 · 余额 {2}</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {0}</source>
        <translation>修改 {0} 的角色</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
    <message>
        <source>{0} ×{1}  {2}</source>
        <translation>{0} ×{1}  {2}</translation>
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
    <name>ServerPassword</name>
    <message>
        <source>Password of {user} on the shop&apos;s server {host}:</source>
        <translation>店铺服务器 {host} 上用户 {user} 的密码：</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>数据库服务器</translation>
    </message>
</context>
<context>
    <name>SetUpOwnerDialog</name>
    <message>
        <source>Set up the owner</source>
        <translation>设置店主账号</translation>
    </message>
    <message>
        <source>The owner signs in with this name and PIN, and adds the staff in Settings → Staff. A PIN has at least 4 characters.</source>
        <translation>店主用这个姓名和 PIN 码登录，并在“设置 → 员工”中添加员工。PIN 码至少 4 位。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次 PIN 码</translation>
    </message>
    <message>
        <source>Set up and sign in (Enter)</source>
        <translation>设置并登录 (Enter)</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>本收银台</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>for this till; applies at once</source>
        <translation>仅本收银台，立即生效</translation>
    </message>
    <message>
        <source>Lock this till after</source>
        <translation>本收银台无操作</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> 分钟后锁屏</translation>
    </message>
    <message>
        <source>Customer display on</source>
        <translation>顾客屏显示在</translation>
    </message>
    <message>
        <source>Never on the till&apos;s own screen: with one screen there is no customer display and the survey is asked with F9. Applies at once, to this till only.</source>
        <translation>顾客屏不会显示在收银屏上：只有一块屏幕时没有顾客屏，按 F9 请顾客填写问卷。立即生效，仅本收银台。</translation>
    </message>
    <message>
        <source>Automatic: a screen that is not the till&apos;s</source>
        <translation>自动：收银屏以外的屏幕</translation>
    </message>
    <message>
        <source>{0} (not connected)</source>
        <translation>{0}（未连接）</translation>
    </message>
    <message>
        <source>round down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>round half up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不封顶</translation>
    </message>
    <message>
        <source> points = ¥1 off</source>
        <translation> 积分抵 ¥1</translation>
    </message>
    <message>
        <source>today&apos;s sales only</source>
        <translation>仅限当天的销售</translation>
    </message>
    <message>
        <source>any day&apos;s sales</source>
        <translation>任何一天的销售</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Points %</source>
        <translation>积分 %</translation>
    </message>
    <message>
        <source>Weekdays (1=Mon)</source>
        <translation>星期（1=周一）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Double points</source>
        <translation>双倍积分</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Points per whole yuan paid</source>
        <translation>每实付 1 元积分</translation>
    </message>
    <message>
        <source>Yuan are</source>
        <translation>元的取整方式</translation>
    </message>
    <message>
        <source>Minimum spend to earn (¥)</source>
        <translation>最低积分消费额（¥）</translation>
    </message>
    <message>
        <source>Most points per sale</source>
        <translation>单笔最多积分</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Ask to confirm a sale above (¥, 0 = never)</source>
        <translation>单笔超过此金额需确认（¥，0 = 不确认）</translation>
    </message>
    <message>
        <source>A cashier refunds alone up to (¥)</source>
        <translation>收银员可自行退款的上限（¥）</translation>
    </message>
    <message>
        <source>net spend (¥)</source>
        <translation>净消费额（¥）</translation>
    </message>
    <message>
        <source>number of visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Benefits shown at the till</source>
        <translation>收银台显示的权益</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Qualify by</source>
        <translation>评定依据</translation>
    </message>
    <message>
        <source>Over the last</source>
        <translation>统计最近</translation>
    </message>
    <message>
        <source>Grace before a downgrade</source>
        <translation>降级宽限期</translation>
    </message>
    <message>
        <source>Thresholds are yuan of net spend, or visits, in the window; the first tier starts at 0. Upgrades happen on the sale that crosses a threshold; downgrades at the monthly review after the grace period.</source>
        <translation>门槛为统计期内的净消费额（元）或到店次数；第一个等级从 0 起。消费达到门槛时当场升级；降级在宽限期过后的月度评定时进行。</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>on the first visit in the days after the birthday</source>
        <translation>生日后几天内首次到店时发放</translation>
    </message>
    <message>
        <source>automatically on the birthday</source>
        <translation>生日当天自动发放</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺与积分</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>奖励与过期</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>报表分群</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Enrolment bonus</source>
        <translation>入会奖励</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日礼遇</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Birthday window</source>
        <translation>生日礼遇有效期</translation>
    </message>
    <message>
        <source>Referral: the member who referred</source>
        <translation>推荐奖励：推荐人</translation>
    </message>
    <message>
        <source>Referral: the new member</source>
        <translation>推荐奖励：新会员</translation>
    </message>
    <message>
        <source>…on their first purchase of at least (¥)</source>
        <translation>……新会员首次消费满（¥）</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>积分有效期</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>兑换礼品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Free coffee</source>
        <translation>免费咖啡</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Last visit at most … days ago</source>
        <translation>最近一次到店不超过 … 天</translation>
    </message>
    <message>
        <source>At least … visits in 12 months</source>
        <translation>12 个月内至少到店 … 次</translation>
    </message>
    <message>
        <source>Spent at least ¥ … in 12 months</source>
        <translation>12 个月内消费至少 ¥ …</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Below the score-2 line a member scores 1. Champions, loyal, new, potential, at risk, hibernating and lost come from the recency and frequency scores.</source>
        <translation>低于 2 分线的会员得 1 分。重要价值、忠诚、新客、潜力、流失风险、沉睡和流失会员，均由最近到店和到店频次两项评分得出。</translation>
    </message>
    <message>
        <source>Preview: a sale of ¥</source>
        <translation>预览：消费 ¥</translation>
    </message>
    <message>
        <source>by</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>These are the rules in force.</source>
        <translation>当前生效的规则。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>, paying {0} after the member discount,</source>
        <translation>，会员折扣后实付 {0}，</translation>
    </message>
    <message>
        <source>{0}: {1}{2} earns {3} points   [{4}]</source>
        <translation>{0}：消费 {1}{2}可得 {3} 积分   [{4}]</translation>
    </message>
    <message>
        <source>Saved. The rules apply from now on.</source>
        <translation>已保存，新规则即刻生效。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The two PINs differ: type them again</source>
        <translation>两次输入的 PIN 码不一致，请重新输入</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The till is locked</source>
        <translation>收银台已锁定</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>请选择登录人</translation>
    </message>
    <message>
        <source>Choose your name (arrows or first letters), then type your PIN.</source>
        <translation>选择您的姓名（方向键或首字母），然后输入 PIN 码。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Quit (Esc)</source>
        <translation>退出 (Esc)</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>登录 (Enter)</translation>
    </message>
    <message>
        <source>Choose your name first</source>
        <translation>请先选择您的姓名</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>已设 PIN 码</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>重设 PIN 码…</translation>
    </message>
    <message>
        <source>Own card…</source>
        <translation>本人会员卡…</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account cannot sign in, and its name stays on the sales and the audit trail.</source>
        <translation>账号不会被删除：停用的账号不能登录，其姓名仍保留在销售记录和操作日志中。</translation>
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
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>账号已添加。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>{0} can sign in again.</source>
        <translation>{0} 可以重新登录了。</translation>
    </message>
    <message>
        <source>{0} can no longer sign in.</source>
        <translation>{0} 已不能登录。</translation>
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
    <name>Sync</name>
    <message>
        <source>staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>rules versions</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>survey versions</source>
        <translation>问卷版本</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>member edits</source>
        <translation>会员资料修改</translation>
    </message>
    <message>
        <source>replaced cards</source>
        <translation>已换卡</translation>
    </message>
    <message>
        <source>coupon templates</source>
        <translation>优惠券模板</translation>
    </message>
    <message>
        <source>coupon campaigns</source>
        <translation>优惠券活动</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>sale lines</source>
        <translation>销售明细</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>tier changes</source>
        <translation>等级变动</translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation>积分流水</translation>
    </message>
    <message>
        <source>audit lines</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>phone {phone} was enrolled at two tills: kept by the member enrolled first</source>
        <translation>手机号 {phone} 在两台收银机上都办了会员：保留先办理的会员</translation>
    </message>
    <message>
        <source>once-only entry {key} was given at two tills (entry {entry})</source>
        <translation>仅限一次的积分 {key} 在两台收银机上都发放了（流水 {entry}）</translation>
    </message>
    <message>
        <source>coupon {coupon} was redeemed at two tills: sale {sale} came second and keeps its discount (for the owner)</source>
        <translation>优惠券 {coupon} 在两台收银机上都被使用：消费 {sale} 在后，仍保留优惠（请店主跟进）</translation>
    </message>
    <message>
        <source>rules, survey and staff from till {till} skipped: till {head} is the head</source>
        <translation>已跳过收银台 {till} 的规则、问卷和员工账号：主收银台是 {head}</translation>
    </message>
    <message>
        <source>{count} survey answers of till {till} skipped: their survey is not the head&apos;s</source>
        <translation>已跳过收银台 {till} 的 {count} 条问卷回答：其问卷不是主收银台的</translation>
    </message>
    <message>
        <source>sale {sale} was refunded at two tills, together more than was paid: its points are settled by till {by_till}; the money was refunded twice (for the owner)</source>
        <translation>消费 {sale} 在两台收银机上都退了款，合计超过实付金额：积分由收银机 {by_till} 更正；款项退了两次（请店主跟进）</translation>
    </message>
    <message>
        <source>member {member}: {field} was changed at two tills; {lost} (till {lost_till}, {lost_at}) gave way to {won} (till {won_till}, {won_at})</source>
        <translation>会员 {member}：{field}在两台收银机上都被修改；{lost}（收银机 {lost_till}，{lost_at}）被 {won}（收银机 {won_till}，{won_at}）覆盖</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Sync when this till starts and when it closes</source>
        <translation>本收银机启动和关闭时自动同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Edit conflicts</source>
        <translation>资料修改冲突</translation>
    </message>
    <message>
        <source>Member details changed at two tills offline, and the values that lost</source>
        <translation>两台收银机离线时都修改过的会员资料，以及被覆盖的值</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>同步文件夹：</translation>
    </message>
    <message>
        <source>Each till leaves the members, sales and points it made in this folder and takes in the other tills&apos;. Choose a folder every till reaches: a shared folder on the shop&apos;s network, a cloud-drive folder, or a USB stick carried from till to till. Importing the same package twice, or packages in any order, counts nothing twice.</source>
        <translation>每台收银机把自己产生的会员、消费和积分放进这个文件夹，并读入其他收银机的数据。请选择每台收银机都能访问的文件夹：店内网络的共享文件夹、网盘同步文件夹，或在收银机之间传递的U盘。同一个数据包导入两次，或以任何顺序导入，都不会重复计算。</translation>
    </message>
    <message>
        <source>Choose a folder every till can reach</source>
        <translation>选择每台收银机都能访问的文件夹</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>This till syncs through {0}</source>
        <translation>本收银机通过 {0} 同步</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>同步完成。</translation>
    </message>
    <message numerus="yes">
        <source>In: %n package(s) from the other tills</source>
        <translation>
            <numerusform>读入：其他收银机的 %n 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <source>Out: package {0} with {1}</source>
        <translation>导出：第 {0} 个数据包，含 {1}</translation>
    </message>
    <message>
        <source>Out: nothing new since package {0}</source>
        <translation>导出：自第 {0} 个数据包以来没有新数据</translation>
    </message>
    <message>
        <source>Waiting for earlier packages of their till: {0}</source>
        <translation>等待同一收银机更早的数据包：{0}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), settled as below:</source>
        <translation>
            <numerusform>%n 处冲突，处理如下：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member edit(s) lost to another till&apos;s:</source>
        <translation>
            <numerusform>%n 处会员资料修改被另一台收银机覆盖：</numerusform>
        </translation>
    </message>
    <message>
        <source>No member edit lost to another till&apos;s.</source>
        <translation>没有会员资料修改被另一台收银机覆盖。</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>同步失败：{0}</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>KPI targets</source>
        <translation>经营目标</translation>
    </message>
    <message>
        <source>What the Reports view and the monthly PDF compare each month with. Leave a field empty for no target.</source>
        <translation>报表页面和月度 PDF 每月都会与这些目标对照。留空表示不设目标。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>−100 to 100</source>
        <translation>−100 至 100</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 至 5</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>人/月</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>未保存：请先改正红字提示的栏目。</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>TARGETS FOR {0} · DASHED ON THE CHARTS</source>
        <translation>{0}经营目标 · 图表中的虚线即目标</translation>
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
    <name>TemplateEditor</name>
    <message>
        <source>Message template</source>
        <translation>消息模板</translation>
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
        <source>Insert a field…</source>
        <translation>插入字段…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; sent as %n SMS</source>
        <translation>
            <numerusform>；按 %n 条短信发送</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: {0} ({1})</source>
        <translation>示例：{0}（{1}）</translation>
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
        <source>Redeem all</source>
        <translation>全部抵扣</translation>
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
        <source>Offer</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除商品</translation>
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
        <source>No member matches “{0}” — F2: enrol with it</source>
        <translation>没有找到“{0}”对应的会员 — 按 F2 用它登记新会员</translation>
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
        <source>{0} will get no more marketing</source>
        <translation>{0} 将不再收到营销信息</translation>
    </message>
    <message>
        <source>{0} added — scan the next item, or Enter</source>
        <translation>已加入 {0} — 继续扫商品，或按 Enter</translation>
    </message>
    <message>
        <source>No item to remove</source>
        <translation>没有可删除的商品</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation>已删除 {0}</translation>
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
        <source>Coupon not taken: {0} — Enter again to sell without it</source>
        <translation>优惠券未使用：{0} — 再按 Enter 不用券结账</translation>
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
        <source>No coupon to offer this member</source>
        <translation>该会员没有可推荐的优惠券</translation>
    </message>
    <message>
        <source>Coupon {0} given to {1}: {2}</source>
        <translation>已向 {1} 发放优惠券 {0}：{2}</translation>
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
</TS>

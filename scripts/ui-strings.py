#!/usr/bin/env python3
"""Writes src/Exceed.Web/Resources/Ui.{,zh-Hans.,zh-Hant.}resx from the table below.
The table is the one place UI strings are translated: edit it, run this script, commit both."""
import os, sys
from xml.sax.saxutils import escape

# key (English, also the neutral text) -> (zh-Hans, zh-Hant)
T = {
 "API keys": ("API 密钥", "API 金鑰"), "Add note": ("添加备注", "新增備註"), "Add staff": ("添加员工", "新增員工"), "Add": ("添加", "新增"),
 "An error happened; reload the page.": ("出现错误,请刷新页面。", "發生錯誤,請重新整理頁面。"),
 "Back to customers": ("返回客户列表", "返回客戶列表"), "Bought": ("已购买", "已購買"), "Caller": ("来电号码", "來電號碼"),
 "Cancel": ("取消", "取消"), "Console": ("工作台", "工作台"),
 "Copy this key now; it is shown once:": ("请立即复制此密钥,只显示一次:", "請立即複製此金鑰,只顯示一次:"),
 "Create a customer with this number": ("用这个号码新建客户", "用這個號碼新增客戶"), "Create customer": ("新建客户", "新增客戶"),
 "Create key": ("创建密钥", "建立金鑰"), "Created": ("创建时间", "建立時間"), "Customer not found": ("找不到客户", "找不到客戶"),
 "Customer": ("客户", "客戶"), "Customers": ("客户", "客戶"), "Dismiss": ("关闭", "關閉"), "Duplicates": ("重复客户", "重複客戶"),
 "Email": ("邮箱", "電郵"), "Erase everything we hold about {0}? This cannot be undone.": ("删除我们保存的关于{0}的全部资料?此操作无法撤销。", "刪除我們保存的關於{0}的全部資料?此操作無法復原。"),
 "Erase personal data": ("删除个人资料", "刪除個人資料"), "Erase": ("删除", "刪除"), "Export data": ("导出资料", "匯出資料"),
 "Family name": ("姓", "姓"), "Find duplicates": ("查找重复", "尋找重複"), "History of changes": ("修改记录", "修改記錄"),
 "Identities": ("联系方式", "聯絡方式"), "Import": ("导入", "匯入"), "Important dates": ("重要日子", "重要日子"),
 "Incoming call": ("来电", "來電"), "Item": ("商品", "商品"), "Language": ("语言", "語言"), "Loyalty stage": ("忠诚阶段", "忠誠階段"),
 "Name": ("姓名", "姓名"), "Name, phone, email or handle": ("姓名、电话、邮箱或账号", "姓名、電話、電郵或帳號"),
 "New caller": ("新来电客户", "新來電客戶"), "New customer": ("新建客户", "新增客戶"),
 "No calls yet. When the phone system reports a call, the caller's card pops up here.": ("还没有来电。电话系统报告来电时,来电客户的资料卡会在这里弹出。", "還沒有來電。電話系統回報來電時,來電客戶的資料卡會在這裡彈出。"),
 "Nobody found.": ("没有找到。", "沒有找到。"), "Nobody has this number yet.": ("还没有客户使用这个号码。", "還沒有客戶使用這個號碼。"),
 "Not allowed": ("无权访问", "無權存取"), "Note": ("备注", "備註"), "Notes": ("备注", "備註"),
 "Nothing to anticipate yet: add needs, wishes, dates and purchases below.": ("暂时没有提示:在下面添加需求、心愿、日子和购买记录。", "暫時沒有提示:在下面新增需求、願望、日子和購買記錄。"),
 "Offer before being asked": ("主动提供", "主動提供"), "Open card": ("打开资料卡", "打開資料卡"), "Password": ("密码", "密碼"),
 "Phone system": ("电话系统", "電話系統"), "Phone": ("电话", "電話"), "Pick a date first.": ("请先选择日期。", "請先選擇日期。"),
 "Preferences and needs": ("喜好与需求", "喜好與需求"), "Profile": ("基本资料", "基本資料"), "Purchases": ("购买记录", "購買記錄"),
 "Recent calls": ("最近来电", "最近來電"), "Reload": ("刷新", "重新整理"), "Remove": ("移除", "移除"), "Revoke": ("吊销", "撤銷"),
 "Revoked": ("已吊销", "已撤銷"), "Role": ("角色", "角色"), "Salutation": ("称谓", "稱謂"), "Save profile": ("保存资料", "儲存資料"),
 "Save": ("保存", "儲存"), "Search customers": ("搜索客户", "搜尋客戶"), "Search": ("搜索", "搜尋"),
 "Sign in to serve your customers.": ("登录,开始服务您的客户。", "登入,開始服務您的客戶。"), "Sign in": ("登录", "登入"),
 "Sign out": ("退出", "登出"), "Staff": ("员工", "員工"), "Suggested type": ("建议类型", "建議類型"), "Tags": ("标签", "標籤"),
 "Taobao": ("淘宝", "淘寶"), "That email and password do not match.": ("邮箱和密码不匹配。", "電郵和密碼不相符。"),
 "This customer was erased or merged into another.": ("该客户已被删除或合并到另一位客户。", "該客戶已被刪除或合併到另一位客戶。"),
 "Time": ("时间", "時間"), "Too many attempts; try again in a few minutes.": ("尝试次数过多,请几分钟后再试。", "嘗試次數過多,請幾分鐘後再試。"),
 "Type": ("客户类型", "客戶類型"), "WeChat": ("微信", "微信"), "What": ("内容", "內容"), "Who": ("操作人", "操作人"),
 "Wish list": ("心愿单", "願望清單"), "Your role may not open this page; ask an admin.": ("您的角色不能打开此页面,请联系管理员。", "您的角色不能開啟此頁面,請聯絡管理員。"),
 "hypoallergenic bedding": ("防过敏床品", "防過敏床品"),
 # duplicates and merging
 "Possible duplicates": ("可能重复的客户", "可能重複的客戶"),
 "Records that share a name and one more detail. Merging keeps every identity, note, purchase and preference of both.": ("这些记录姓名相同,另有一项信息也相同。合并会保留双方的全部联系方式、备注、购买记录和喜好。", "這些記錄姓名相同,另有一項資料也相同。合併會保留雙方的全部聯絡方式、備註、購買記錄和喜好。"),
 "Show all possible duplicates": ("查看全部可能重复的客户", "查看全部可能重複的客戶"), "No likely duplicates here.": ("这里没有疑似重复的客户。", "這裡沒有疑似重複的客戶。"),
 "Why are these the same person?": ("为什么认为是同一个人?", "為什麼認為是同一個人?"), "Reason for merging": ("合并原因", "合併原因"),
 "Merge into {0}": ("合并到{0}", "合併到{0}"), "Merge into left": ("合并到左边", "合併到左邊"), "Merge into right": ("合并到右边", "合併到右邊"),
 "Not the same person": ("不是同一个人", "不是同一個人"), "Previous": ("上一页", "上一頁"), "Next": ("下一页", "下一頁"),
 "Same name": ("姓名相同", "姓名相同"), "Same name written differently": ("姓名相同（写法不同）", "姓名相同（寫法不同）"), ", ": (",", ","),
 "phones end in the same 8 digits ({0} / {1})": ("电话号码后 8 位相同（{0} / {1}）", "電話號碼後 8 位相同（{0} / {1}）"),
 "phones differ by two swapped digits ({0} / {1})": ("电话号码有两位数字颠倒（{0} / {1}）", "電話號碼有兩位數字顛倒（{0} / {1}）"),
 "phones differ by one digit ({0} / {1})": ("电话号码只差一位（{0} / {1}）", "電話號碼只差一位（{0} / {1}）"),
 "emails have the same name before the @ ({0} / {1})": ("邮箱 @ 前的名称相同（{0} / {1}）", "電郵 @ 前的名稱相同（{0} / {1}）"),
 "same birthday ({0})": ("生日相同（{0}）", "生日相同（{0}）"),
 "Merged records": ("已合并的记录", "已合併的記錄"), "{0} was merged into {1} by {2}": ("{2}将{0}合并到{1}", "{2}將{0}合併到{1}"),
 "Calls": ("来电", "來電"),
 # enum and code values shown in the UI
 "None": ("无", "無"), "Mr": ("先生", "先生"), "Ms": ("女士", "女士"),
 "Unknown": ("未定", "未定"), "Loyal": ("忠诚型", "忠誠型"), "Purposeful": ("目的型", "目的型"), "Occasional": ("偶然型", "偶然型"), "InformationSeeking": ("信息型", "資訊型"),
 "Prospect": ("潜在客户", "潛在客戶"), "FirstTime": ("首次购买", "首次購買"), "Repeat": ("回头客", "回頭客"), "Client": ("老客户", "老客戶"), "Advocate": ("推荐者", "推薦者"),
 "Handle": ("账号", "帳號"), "Order": ("订单号", "訂單號"),
 "Like": ("喜欢", "喜歡"), "Dislike": ("不喜欢", "不喜歡"), "Need": ("需求/过敏", "需求/過敏"),
 "Birthday": ("生日", "生日"), "Anniversary": ("纪念日", "紀念日"), "Other": ("其他", "其他"),
 "zh-Hans": ("简体中文", "簡體中文"), "zh-Hant": ("繁体中文", "繁體中文"), "en": ("英文", "英文"),
 "agent": ("客服", "客服"), "lead": ("组长", "組長"), "admin": ("管理员", "管理員"),
 # search
 "Conversations": ("会话", "會話"), "Messages": ("消息", "訊息"),
 "Names, phones, notes, messages; 订单 also finds 訂單": ("姓名、电话、备注、消息——搜索订单也能找到訂單", "姓名、電話、備註、訊息——搜尋訂單也能找到订单"),
 "Nothing found.": ("没有找到。", "沒有找到。"),
 "Only the newest results are shown; add a word to narrow the search.": ("只显示最新的结果，再加一个词可以缩小范围。", "只顯示最新的結果，再加一個詞可以縮小範圍。"),
 "Search everything": ("全局搜索", "全域搜尋"),
 "Type a word or a few characters to search for (at most 200 characters, 8 words).": ("请输入要搜索的词或几个字(最多 200 个字符、8 个词)。", "請輸入要搜尋的詞或幾個字(最多 200 個字元、8 個詞)。"),
 # import
 "Import customers": ("导入客户", "匯入客戶"),
 "Upload the spreadsheet you already keep (CSV or Excel .xlsx). Chinese column names such as 姓名, 电话, 微信, 备注, 购买记录, 想买 are understood.":
   ("上传您现有的客户表格(CSV 或 Excel .xlsx)。能识别 姓名、电话、微信、备注、购买记录、想买 等中文列名。", "上傳您現有的客戶表格(CSV 或 Excel .xlsx)。能識別 姓名、電話、微信、備註、購買記錄、想買 等中文欄名。"),
 "Reading…": ("正在读取…", "正在讀取…"), "{0}: {1} rows": ("{0}:共 {1} 行", "{0}:共 {1} 列"), "(ignore)": ("(忽略)", "(忽略)"),
 "Check every row": ("检查每一行", "檢查每一列"), "Import only if every row is good": ("全部正确才导入", "全部正確才匯入"),
 "Import the good rows, skip the bad ones": ("导入正确的行,跳过有问题的行", "匯入正確的列,略過有問題的列"),
 "Imported {0} customers.": ("已导入 {0} 位客户。", "已匯入 {0} 位客戶。"), "Every row is good.": ("每一行都正确。", "每一列都正確。"),
 "Nothing was imported yet.": ("尚未导入任何内容。", "尚未匯入任何內容。"),
 "{0} rows: {1} good, {2} to fix.": ("共 {0} 行:{1} 行正确,{2} 行需要修改。", "共 {0} 列:{1} 列正確,{2} 列需要修改。"),
 "line {0}": ("第 {0} 行", "第 {0} 列"), "The file is larger than 20 MB; split it into smaller files.": ("文件超过 20 MB,请拆分成较小的文件。", "檔案超過 20 MB,請拆分成較小的檔案。"),
 "field.Name": ("姓名", "姓名"), "field.FamilyName": ("姓", "姓"), "field.Salutation": ("称谓", "稱謂"), "field.Phone": ("电话", "電話"),
 "field.Email": ("邮箱", "電郵"), "field.WeChat": ("微信", "微信"), "field.Taobao": ("淘宝", "淘寶"), "field.Handle": ("账号", "帳號"),
 "field.Order": ("订单号", "訂單號"), "field.Notes": ("备注", "備註"), "field.Purchases": ("购买记录", "購買記錄"), "field.Wishes": ("想买", "想買"),
 "field.Likes": ("喜好", "喜好"), "field.Dislikes": ("忌讳", "忌諱"), "field.Needs": ("需求/过敏", "需求/過敏"), "field.Birthday": ("生日", "生日"),
 "field.Anniversary": ("纪念日", "紀念日"), "field.Tags": ("标签", "標籤"), "field.Language": ("语言", "語言"), "field.Type": ("客户类型", "客戶類型"),
 # language: the phrasebook and the reply checker
 "Phrasebook": ("用语手册", "用語手冊"), "Try the checker": ("试一试回复检查", "試一試回覆檢查"), "Reply": ("回复", "回覆"),
 "Customer's last message (optional)": ("客户的上一条消息(可选)", "客戶的上一則訊息(選填)"), "Check": ("检查", "檢查"),
 "No problems found.": ("没有发现问题。", "沒有發現問題。"), "Search phrases": ("搜索用语", "搜尋用語"),
 "All languages": ("全部语言", "全部語言"), "All uses": ("全部用途", "全部用途"), "Add phrase": ("添加用语", "新增用語"),
 "Phrase": ("用语", "用語"), "Kind": ("类别", "類別"), "Use": ("用途", "用途"), "Better wording": ("更好的说法", "更好的說法"),
 "Why": ("原因", "原因"), "On": ("启用", "啟用"), "Edit": ("编辑", "編輯"), "Delete": ("删除", "刪除"),
 "Save phrase": ("保存用语", "儲存用語"), "Exceptions (separated by |)": ("例外(用 | 分隔)", "例外(用 | 分隔)"),
 "Rules": ("规则", "規則"), "Rule": ("规则", "規則"), "Phrases": ("用语数", "用語數"), "Example": ("示例", "範例"),
 "Showing the first {0} of {1}; search to narrow.": ("只显示前 {0} 条(共 {1} 条),请搜索缩小范围。", "只顯示前 {0} 筆(共 {1} 筆),請搜尋縮小範圍。"),
 "Discouraged": ("不推荐", "不推薦"), "Recommended": ("推荐", "推薦"), "ComplaintCue": ("投诉信号", "投訴信號"),
 "negative-wording": ("否定词", "否定詞"), "bare-refusal": ("直接拒绝", "直接拒絕"), "blame-shifting": ("推卸责任", "推卸責任"),
 "doubting-customer": ("质疑客户", "質疑客戶"), "commanding-tone": ("命令口气", "命令口氣"), "dismissive": ("敷衍打发", "敷衍打發"),
 "price-insult": ("以价格轻视客户", "以價格輕視客戶"), "missing-apology": ("缺少道歉", "缺少道歉"),
 "greeting": ("问候", "問候"), "apology": ("道歉", "道歉"), "ownership": ("承担", "承擔"), "promise": ("承诺", "承諾"),
 "thanks": ("感谢", "感謝"), "farewell": ("道别", "道別"), "complaint": ("投诉", "投訴"),
 # inbox and conversations
 "Inbox": ("收件箱", "收件匣"), "view.Mine": ("我的", "我的"), "view.Unassigned": ("未分配", "未分配"), "view.Team": ("我的团队", "我的團隊"),
 "view.Waiting": ("等待最久", "等待最久"), "view.All": ("全部", "全部"),
 "channel.Chat": ("网页聊天", "網頁聊天"), "channel.Email": ("邮件", "郵件"), "channel.Phone": ("电话", "電話"), "channel.Api": ("接入渠道", "接入渠道"),
 "priority.Low": ("低", "低"), "priority.Normal": ("普通", "普通"), "priority.High": ("高", "高"), "priority.Urgent": ("紧急", "緊急"),
 "status.Open": ("处理中", "處理中"), "status.PendingCustomer": ("等客户回复", "等客戶回覆"), "status.PendingUs": ("等我们处理", "等我們處理"),
 "status.Solved": ("已解决", "已解決"), "status.Closed": ("已关闭", "已關閉"),
 "delivery.None": ("", ""), "delivery.Pending": ("发送中", "傳送中"), "delivery.Sent": ("已送达", "已送達"), "delivery.Failed": ("发送失败", "傳送失敗"),
 "Channel": ("渠道", "渠道"), "Every channel": ("全部渠道", "全部渠道"), "Priority": ("优先级", "優先級"), "Any priority": ("任何优先级", "任何優先級"),
 "{0} selected": ("已选 {0} 个", "已選 {0} 個"), "Assign to me": ("分配给我", "分配給我"), "Solve": ("解决", "解決"), "Priority high": ("设为高优先级", "設為高優先級"),
 "Unassign": ("取消分配", "取消分配"), "Keys: j/k move, o open, x select, a assign to me, s solve": ("快捷键:j/k 上下移动,o 打开,x 选择,a 分配给我,s 解决", "快速鍵:j/k 上下移動,o 開啟,x 選擇,a 分配給我,s 解決"),
 "Loading…": ("加载中…", "載入中…"), "Nothing here. Well done.": ("这里没有待办,做得好。", "這裡沒有待辦,做得好。"),
 "Conversation": ("会话", "對話"), "Status": ("状态", "狀態"), "Owner": ("负责人", "負責人"), "Waiting since": ("等待开始于", "等待開始於"), "Due": ("截止", "截止"),
 "Select": ("选择", "選擇"), "Unknown customer": ("未知客户", "未知客戶"), "Handed to you": ("转交给您", "轉交給您"),
 "This conversation does not exist.": ("该会话不存在。", "該對話不存在。"), "{0} handed this to you": ("{0}把这个会话转交给您", "{0}把這個對話轉交給您"),
 "Got it": ("知道了", "知道了"), "Internal note": ("内部备注", "內部備註"), "Call": ("通话", "通話"), "Recording": ("录音", "錄音"),
 "Status: {0}": ("状态:{0}", "狀態:{0}"), "Priority: {0}": ("优先级:{0}", "優先級:{0}"), "Unassigned": ("已取消分配", "已取消分配"), "Assigned to {0}": ("已分配给{0}", "已分配給{0}"),
 "Hand over": ("转交", "轉交"), "Take it": ("我来处理", "我來處理"), "To": ("转交给", "轉交給"), "Note for the next person": ("给接手同事的说明", "給接手同事的說明"),
 "What the customer wants, what was done, what is promised": ("客户要什么、已经做了什么、承诺了什么", "客戶要什麼、已經做了什麼、承諾了什麼"),
 "Only staff see notes": ("只有员工能看到备注", "只有員工能看到備註"), "Write to the customer": ("给客户回复", "給客戶回覆"),
 "Use this wording": ("改用这个说法", "改用這個說法"), "{0} wording problems are still marked. Send anyway?": ("还有 {0} 处用语问题。仍然发送?", "還有 {0} 處用語問題。仍然傳送?"),
 "Send anyway": ("仍然发送", "仍然傳送"), "Keep editing": ("继续修改", "繼續修改"), "Then": ("发送后", "傳送後"), "Send": ("发送", "傳送"),
 "Conversations": ("会话记录", "對話記錄"),
 "Quality review": ("质检", "質檢"), "Agents": ("客服", "客服"), "All agents": ("全部客服", "全部客服"),
 "All teams": ("全部团队", "全部團隊"), "Day": ("日期", "日期"), "Disable": ("停用", "停用"), "Enable": ("启用", "啟用"),
 "Fired": ("触发次数", "觸發次數"), "First day": ("开始日期", "開始日期"), "Last day": ("结束日期", "結束日期"),
 "Flagged replies": ("被标记的回复", "被標記的回覆"), "Latest examples": ("最近的例子", "最近的例子"),
 "No replies were sent in this period.": ("这段时间没有发出回复。", "這段時間沒有發出回覆。"),
 "No rule fired in this period.": ("这段时间没有规则被触发。", "這段時間沒有規則被觸發。"),
 "Nothing was flagged in this period.": ("这段时间没有被标记的回复。", "這段時間沒有被標記的回覆。"),
 "Open conversation": ("打开会话", "打開對話"), "Overall": ("总体", "總體"), "Override rate": ("仍然发送比例", "仍然傳送比例"),
 "Per day": ("按天", "按天"), "Per week": ("按周", "按週"), "Problems per 100 replies": ("每百条回复的问题数", "每百則回覆的問題數"),
 "Replies": ("回复数", "回覆數"), "Review": ("开始质检", "開始質檢"), "Score": ("得分", "得分"),
 "Score: the share of sent replies in which the checker found no problem. Problems per 100 replies: how much is wrong in the rest.":
   ("得分:检查器没有发现问题的回复所占的比例。每百条回复的问题数:其余回复中问题有多少。", "得分:檢查器沒有發現問題的回覆所佔的比例。每百則回覆的問題數:其餘回覆中問題有多少。"),
 "Sent anyway": ("仍然发送", "仍然傳送"), "(sent anyway)": ("(仍然发送)", "(仍然傳送)"), "Trend": ("趋势", "趨勢"), "Tune": ("调整", "調整"),
 "Week of": ("周(自周一)", "週(自週一)"), "{0} problems per 100 replies": ("每百条回复 {0} 个问题", "每百則回覆 {0} 個問題"),
 "{0} replies": ("{0} 条回复", "{0} 則回覆"), "{0} sent anyway": ("{0} 处仍然发送", "{0} 處仍然傳送"),
}
EN_OVERRIDES = {"zh-Hans": "Simplified Chinese", "zh-Hant": "Traditional Chinese", "en": "English", "InformationSeeking": "Information-seeking",
                "FirstTime": "First-time", "None": "(none)", **{f"field.{f}": f for f in ["Name", "Phone", "Email", "WeChat", "Taobao", "Handle", "Notes", "Purchases", "Wishes", "Likes", "Dislikes", "Needs", "Birthday", "Anniversary", "Tags", "Language", "Salutation"]},
                "field.FamilyName": "Family name", "field.Order": "Order number", "field.Type": "Customer type", "Need": "Need / allergy", "agent": "Agent", "lead": "Lead", "admin": "Admin"}

# Composer helpers and the canned replies page (src/Exceed.Web/Replies, Components/Conversations/Composer.Assist.cs).
T.update({
 "Canned replies": ("快捷回复", "快捷回覆"), "Type / in the reply to search canned replies": ("在回复中输入 / 搜索快捷回复", "在回覆中輸入 / 搜尋快捷回覆"),
 "Suggested greeting": ("推荐问候语", "推薦問候語"), "Suggested farewell": ("推荐结束语", "推薦結束語"), "Insert": ("插入", "插入"), "Add at the end": ("加在结尾", "加在結尾"),
 "No canned reply matches; leads add them under Canned replies.": ("没有匹配的快捷回复;组长可在“快捷回复”页面添加。", "沒有符合的快捷回覆;組長可在「快捷回覆」頁面新增。"),
 "Variables: {name}, {greeting}, {order}, {agent}. Agents type / in the reply to insert one.": ("可用变量:{name}(客户称呼)、{greeting}(问候)、{order}(订单号)、{agent}(客服名字)。客服在回复中输入 / 即可插入。", "可用變數:{name}(客戶稱呼)、{greeting}(問候)、{order}(訂單號)、{agent}(客服名字)。客服在回覆中輸入 / 即可插入。"),
 "Title": ("标题", "標題"), "Shortcut": ("快捷词", "快捷詞"), "Text": ("内容", "內容"), "Add canned reply": ("添加快捷回复", "新增快捷回覆"),
 "Greetings and farewells": ("问候语与结束语", "問候語與結束語"),
 "Offered at an agent's first reply and when solving. The most specific template wins; without one, Exceed's own words are offered.": ("在客服第一次回复和解决会话时推荐。条件最具体的模板优先;没有模板时推荐系统自带的说法。", "在客服第一次回覆和解決對話時推薦。條件最具體的範本優先;沒有範本時推薦系統內建的說法。"),
 "Moment": ("时机", "時機"), "moment.Greeting": ("问候语", "問候語"), "moment.Farewell": ("结束语", "結束語"), "Time of day": ("时段", "時段"), "Any time": ("任何时段", "任何時段"),
 "daypart.Morning": ("早上", "早上"), "daypart.Noon": ("中午", "中午"), "daypart.Afternoon": ("下午", "下午"), "daypart.Evening": ("晚上", "晚上"),
 "Any channel": ("任何渠道", "任何渠道"), "Add for the whole team": ("为全组添加", "為全組新增"),
})
EN_OVERRIDES.update({"moment.Greeting": "Greeting", "moment.Farewell": "Farewell", "daypart.Morning": "Morning", "daypart.Noon": "Noon",
                     "daypart.Afternoon": "Afternoon", "daypart.Evening": "Evening"})

def full_width(text):
    """Chinese strings use full-width punctuation."""
    return text.replace(",", "，").replace("?", "？").replace(":", "：")

def write(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<root>\n')
        f.write('  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n')
        f.write('  <resheader name="version"><value>2.0</value></resheader>\n')
        f.write('  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n')
        f.write('  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n')
        for k, v in sorted(pairs.items()):
            f.write(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(v)}</value></data>\n')
        f.write('</root>\n')

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Exceed.Web", "Resources")
write(os.path.join(root, "Ui.resx"), {k: EN_OVERRIDES.get(k, k) for k in T})
write(os.path.join(root, "Ui.zh-Hans.resx"), {k: full_width(v[0]) for k, v in T.items()})
write(os.path.join(root, "Ui.zh-Hant.resx"), {k: full_width(v[1]) for k, v in T.items()})
print(f"{len(T)} strings written")

package sample

// The word pools of the scaled book. Names are built from them (city +
// trade name + trade + legal form), so they look like real companies
// without being any real one; each pair is Chinese and its English.

type zhEn struct{ zh, en string }

// city is a city with its province's address prefix and its sales region.
type city struct {
	zh, en, province, region, tel string
}

var scaleCities = []city{
	{"苏州", "Suzhou", "江苏省苏州市", "华东", "0512"}, {"无锡", "Wuxi", "江苏省无锡市", "华东", "0510"},
	{"常州", "Changzhou", "江苏省常州市", "华东", "0519"}, {"南通", "Nantong", "江苏省南通市", "华东", "0513"},
	{"宁波", "Ningbo", "浙江省宁波市", "华东", "0574"}, {"杭州", "Hangzhou", "浙江省杭州市", "华东", "0571"},
	{"温州", "Wenzhou", "浙江省温州市", "华东", "0577"}, {"嘉兴", "Jiaxing", "浙江省嘉兴市", "华东", "0573"},
	{"合肥", "Hefei", "安徽省合肥市", "华东", "0551"}, {"芜湖", "Wuhu", "安徽省芜湖市", "华东", "0553"},
	{"青岛", "Qingdao", "山东省青岛市", "华北", "0532"}, {"烟台", "Yantai", "山东省烟台市", "华北", "0535"},
	{"济南", "Jinan", "山东省济南市", "华北", "0531"}, {"潍坊", "Weifang", "山东省潍坊市", "华北", "0536"},
	{"天津", "Tianjin", "天津市", "华北", "022"}, {"唐山", "Tangshan", "河北省唐山市", "华北", "0315"},
	{"保定", "Baoding", "河北省保定市", "华北", "0312"}, {"太原", "Taiyuan", "山西省太原市", "华北", "0351"},
	{"深圳", "Shenzhen", "广东省深圳市", "华南", "0755"}, {"东莞", "Dongguan", "广东省东莞市", "华南", "0769"},
	{"佛山", "Foshan", "广东省佛山市", "华南", "0757"}, {"珠海", "Zhuhai", "广东省珠海市", "华南", "0756"},
	{"厦门", "Xiamen", "福建省厦门市", "华南", "0592"}, {"泉州", "Quanzhou", "福建省泉州市", "华南", "0595"},
	{"武汉", "Wuhan", "湖北省武汉市", "华中", "027"}, {"襄阳", "Xiangyang", "湖北省襄阳市", "华中", "0710"},
	{"长沙", "Changsha", "湖南省长沙市", "华中", "0731"}, {"株洲", "Zhuzhou", "湖南省株洲市", "华中", "0731"},
	{"郑州", "Zhengzhou", "河南省郑州市", "华中", "0371"}, {"洛阳", "Luoyang", "河南省洛阳市", "华中", "0379"},
	{"成都", "Chengdu", "四川省成都市", "西南", "028"}, {"重庆", "Chongqing", "重庆市", "西南", "023"},
	{"绵阳", "Mianyang", "四川省绵阳市", "西南", "0816"}, {"昆明", "Kunming", "云南省昆明市", "西南", "0871"},
	{"西安", "Xi'an", "陕西省西安市", "西北", "029"}, {"宝鸡", "Baoji", "陕西省宝鸡市", "西北", "0917"},
	{"兰州", "Lanzhou", "甘肃省兰州市", "西北", "0931"}, {"银川", "Yinchuan", "宁夏回族自治区银川市", "西北", "0951"},
	{"沈阳", "Shenyang", "辽宁省沈阳市", "东北", "024"}, {"大连", "Dalian", "辽宁省大连市", "东北", "0411"},
	{"长春", "Changchun", "吉林省长春市", "东北", "0431"}, {"哈尔滨", "Harbin", "黑龙江省哈尔滨市", "东北", "0451"},
}

// scaleCores are trade names (字号).
var scaleCores = []zhEn{
	{"恒通", "Hengtong"}, {"华信", "Huaxin"}, {"远大", "Yuanda"}, {"宏达", "Hongda"}, {"天成", "Tiancheng"},
	{"海纳", "Haina"}, {"博远", "Boyuan"}, {"众合", "Zhonghe"}, {"泰和", "Taihe"}, {"启明", "Qiming"},
	{"光华", "Guanghua"}, {"联创", "Lianchuang"}, {"德赛", "Desai"}, {"安泰", "Antai"}, {"盛世", "Shengshi"},
	{"九州", "Jiuzhou"}, {"云图", "Yuntu"}, {"智联", "Zhilian"}, {"万通", "Wantong"}, {"凯盛", "Kaisheng"},
	{"同方", "Tongfang"}, {"伟业", "Weiye"}, {"鸿运", "Hongyun"}, {"信达", "Xinda"}, {"金桥", "Jinqiao"},
	{"长城", "Changcheng"}, {"东升", "Dongsheng"}, {"永盛", "Yongsheng"}, {"新锐", "Xinrui"}, {"中远", "Zhongyuan"},
	{"华瑞", "Huarui"}, {"佳禾", "Jiahe"}, {"力拓", "Lituo"}, {"精诚", "Jingcheng"}, {"宏图", "Hongtu"},
	{"蓝天", "Lantian"}, {"旭日", "Xuri"}, {"晨光", "Chenguang"}, {"银河", "Yinhe"}, {"正和", "Zhenghe"},
	{"天泽", "Tianze"}, {"鑫源", "Xinyuan"}, {"恒力", "Hengli"}, {"开元", "Kaiyuan"}, {"国瑞", "Guorui"},
	{"百川", "Baichuan"}, {"明珠", "Mingzhu"}, {"润华", "Runhua"}, {"嘉盛", "Jiasheng"}, {"和信", "Hexin"},
}

// trade is a line of business: the words in the company name, the
// industry, its English and the workshops and projects it has.
type trade struct {
	zh, en, industry, short string
	shops                   []string
}

var scaleTrades = []trade{
	{"汽车零部件", "Auto Parts", "汽车零部件", "汽配", []string{"冲压车间", "焊装线", "总装线", "压铸车间"}},
	{"新能源汽车", "New Energy Vehicle", "新能源汽车", "汽车", []string{"总装车间", "电池包线", "电驱产线", "焊装车间"}},
	{"锂电科技", "Lithium Battery Technology", "锂电池", "锂电", []string{"电芯线", "模组线", "化成车间", "涂布车间"}},
	{"光伏材料", "Photovoltaic Materials", "光伏", "光伏", []string{"硅片车间", "电池片线", "组件线", "拉晶车间"}},
	{"电力设备", "Power Equipment", "电力设备", "电气", []string{"开关柜线", "变压器车间", "配网终端线", "装配车间"}},
	{"精密机械", "Precision Machinery", "机械制造", "机械", []string{"机加工车间", "装配车间", "热处理车间", "检测中心"}},
	{"重工机械", "Heavy Machinery", "工程机械", "重工", []string{"结构件车间", "涂装线", "总装车间", "焊接车间"}},
	{"精密电子", "Precision Electronics", "消费电子", "电子", []string{"SMT 车间", "组装线", "测试车间", "注塑车间"}},
	{"半导体设备", "Semiconductor Equipment", "半导体", "半导体", []string{"洁净车间", "装调车间", "测试中心", "晶圆线"}},
	{"生物制药", "Biopharmaceutical", "医药", "制药", []string{"原液车间", "灌装线", "包装线", "质检中心"}},
	{"食品饮料", "Food & Beverage", "食品饮料", "食品", []string{"灌装线", "包装车间", "前处理车间", "立体仓库"}},
	{"化工", "Chemical", "化工", "化工", []string{"合成车间", "罐区", "包装车间", "公用工程"}},
	{"钢铁", "Iron & Steel", "钢铁冶金", "钢铁", []string{"热轧线", "冷轧线", "炼钢车间", "连铸车间"}},
	{"水泥建材", "Building Materials", "建材", "建材", []string{"窑头", "粉磨车间", "包装车间", "原料车间"}},
	{"纺织印染", "Textile & Dyeing", "纺织", "纺织", []string{"印染车间", "织造车间", "定型车间", "后整理车间"}},
	{"智慧物流", "Smart Logistics", "物流仓储", "物流", []string{"区域仓", "分拣中心", "立体仓库", "转运中心"}},
	{"船舶重工", "Shipbuilding", "船舶制造", "船舶", []string{"分段车间", "涂装车间", "管加工车间", "总组平台"}},
	{"家电", "Home Appliances", "家电", "家电", []string{"总装线", "钣金车间", "注塑车间", "喷涂线"}},
	{"轨道交通装备", "Rail Transit Equipment", "轨道交通", "轨交", []string{"转向架车间", "总装车间", "焊接车间", "调试线"}},
	{"医疗器械", "Medical Devices", "医疗器械", "医械", []string{"洁净车间", "装配线", "灭菌车间", "检测中心"}},
}

// scaleForms are the legal forms; the English follows the Chinese.
var scaleForms = []zhEn{{"股份有限公司", "Co., Ltd."}, {"有限公司", "Co., Ltd."}, {"集团有限公司", "Group Co., Ltd."}}

var scaleDistricts = []string{"高新区", "经济技术开发区", "工业园区", "新区", "滨海新区", "临港产业园", "开发区"}
var scaleRoads = []string{"科技大道", "创业路", "工业大道", "发展大道", "兴业路", "长江路", "黄河路", "振兴路", "建设路", "人民路"}

var scaleCompetitors = []string{"西门子", "施耐德电气", "ABB", "罗克韦尔", "三菱电机", "欧姆龙", "汇川技术", "浙江中控",
	"霍尼韦尔", "基恩士", "发那科", "台达", "倍福", "贝加莱", "艾默生", "横河电机"}

// Surnames and given names with their pinyin, for names, e-mail and WeChat.
var scaleSurnames = []zhEn{
	{"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"},
	{"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"}, {"马", "ma"}, {"朱", "zhu"},
	{"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"高", "gao"}, {"林", "lin"}, {"罗", "luo"}, {"郑", "zheng"},
	{"梁", "liang"}, {"谢", "xie"}, {"宋", "song"}, {"唐", "tang"}, {"许", "xu"}, {"韩", "han"}, {"冯", "feng"},
	{"邓", "deng"}, {"曹", "cao"}, {"彭", "peng"}, {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"},
	{"袁", "yuan"}, {"潘", "pan"}, {"蒋", "jiang"}, {"蔡", "cai"}, {"余", "yu"}, {"杜", "du"}, {"叶", "ye"},
	{"程", "cheng"}, {"苏", "su"}, {"魏", "wei"}, {"吕", "lv"}, {"丁", "ding"}, {"沈", "shen"}, {"姚", "yao"},
	{"卢", "lu"}, {"钱", "qian"}, {"方", "fang"}, {"严", "yan"}, {"石", "shi"}, {"邱", "qiu"}, {"范", "fan"},
}

var scaleGiven = []zhEn{
	{"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"强", "qiang"}, {"磊", "lei"},
	{"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"}, {"杰", "jie"}, {"涛", "tao"}, {"明", "ming"},
	{"超", "chao"}, {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"}, {"华", "hua"}, {"飞", "fei"}, {"建", "jian"},
	{"国", "guo"}, {"文", "wen"}, {"辉", "hui"}, {"鹏", "peng"}, {"宇", "yu"}, {"浩", "hao"}, {"凯", "kai"},
	{"晨", "chen"}, {"婷", "ting"}, {"雪", "xue"}, {"琳", "lin"}, {"颖", "ying"}, {"佳", "jia"}, {"欣", "xin"},
	{"志", "zhi"}, {"斌", "bin"}, {"亮", "liang"}, {"峰", "feng"}, {"海", "hai"}, {"波", "bo"}, {"宁", "ning"},
	{"丹", "dan"}, {"燕", "yan"}, {"梅", "mei"}, {"晶", "jing"}, {"瑶", "yao"}, {"博", "bo"}, {"睿", "rui"},
	{"哲", "zhe"}, {"铭", "ming"}, {"帆", "fan"}, {"涵", "han"}, {"昊", "hao"}, {"振", "zhen"}, {"毅", "yi"},
}

// posts are positions in a customer's organisation: the top, the vice
// presidents, the managers under them; with department and buying role.
type post struct{ title, dept string }

var scaleTops = []post{{"总经理", "总经办"}, {"董事长", "董事会办公室"}, {"总裁", "总裁办"}}
var scaleVPs = []post{{"生产副总经理", "生产运营中心"}, {"采购总监", "采购部"}, {"财务总监", "财务部"},
	{"技术副总经理", "技术中心"}, {"供应链总监", "供应链管理部"}, {"运营副总裁", "运营管理部"}}
var scaleStaff = []post{{"设备部经理", "设备部"}, {"工艺技术部部长", "工艺技术部"}, {"采购经理", "采购部"},
	{"电气工程师", "设备部"}, {"自动化主管", "工程部"}, {"信息中心主任", "信息中心"}, {"质量经理", "质量部"},
	{"项目经理", "工程部"}, {"车间主任", "生产部"}, {"高级工程师", "技术中心"}, {"采购专员", "采购部"},
	{"基建处处长", "基建处"}, {"MES 负责人", "数字化部"}, {"安环部经理", "安环部"}}

var scaleInterests = []string{"高尔夫", "马拉松", "钓鱼", "围棋", "书法", "摄影", "茶道", "羽毛球", "登山", "红酒",
	"足球", "篮球", "游泳", "读历史", "自驾游", "乒乓球", "古典音乐", "养花", "骑行", "象棋"}
var scaleNotes = []string{
	"工程师出身，重视现场，喜欢看实物和数据。", "决策稳健，重视供应商的长期交付能力与本地服务。",
	"谈判强硬，看重总拥有成本，规则意识强。", "与我司合作多年，认可我方服务响应速度。",
	"新到任，尚未建立深入关系，需要安排技术交流。", "对竞争对手方案较熟悉，需重点做差异化说明。",
	"关注付款条件与质保金，投资回报测算由其把关。", "年轻有冲劲，推动数字化项目，愿意尝试新技术。",
	"曾在外资企业工作，英文好，习惯邮件沟通。", "老家同乡，关系融洽，可作为内部信息来源。",
	"对上次交付延期有意见，需要修复关系。", "汇报控制在 15 分钟内，只听结论。",
}

// Interaction texts: what we did, how it went and what is next; {p} is a
// person present, {s} a workshop, {c} a competitor.
var scaleSummaries = []string{
	"拜访{p}，了解{s}自动化改造需求与预算安排", "与{p}电话沟通{s}项目进度，确认招标时间表",
	"在{s}现场调研，{p}介绍了产线瓶颈与停机原因", "向{p}演示 HK-800 PLC 与伺服方案，对比{c}方案优势",
	"技术交流会：{s}控制系统架构与网络安全方案", "与{p}商务宴请，交流年度采购计划和付款条件",
	"邮件发送{s}改造方案初稿给{p}，请其反馈意见", "陪同{p}参观样板客户产线，重点看数字孪生调试",
	"{p}来访我司展厅，了解机器视觉与运动控制新品", "年度合作回顾会，{p}对服务响应给予肯定",
	"处理{s}驱动器报警问题，与{p}确认备件与延保", "与{p}讨论{s}二期项目范围和预算，{c}也在接触",
	"参加{s}项目方案评审，{p}提出节拍与可靠性要求", "电话跟进{p}：上周报价的反馈与调整空间",
}
var scaleOutcomes = []string{"对方认可方案，同意进入下一轮", "需要进一步澄清需求", "价格偏高，需要调整报价",
	"决策推迟到下季度", "竞争对手报价更低，需突出服务优势", "高层表示支持，等待立项", "技术部提出接口疑问",
	"客户希望先做样机测试", "确认了预算和时间表", "暂无明确结论", ""}
var scaleNextSteps = []string{"发送正式报价", "安排技术交流", "准备方案评审材料", "约高层拜访", "提交投标文件",
	"跟进付款", "安排参观样板客户", "发送会议纪要", "提交样机测试计划", "确认合同条款"}

// Deal names: a workshop and a project.
var scaleProjects = []string{"自动化改造", "控制系统升级", "PLC 替换", "MES 数据追溯", "机器视觉检测", "伺服驱动改造",
	"数字孪生虚拟调试", "能源管理系统", "产线扩容", "运动控制系统", "安全 PLC 改造", "输送分拣系统"}
var scaleSolutions = []string{"HK-800 PLC + EtherCAT 伺服交钥匙方案，虚拟调试缩短现场调试 30%。",
	"分步替换：先改瓶颈工位，再整线升级，停产时间控制在春节检修期内。", "视觉检测与追溯系统，MES 接口按 OPC UA。",
	"本地服务站 4 小时响应，备件寄售，三年延保。"}
var scaleCriteria = []string{"技术分占 60%，商务分 40%。", "价格不高于主要竞争对手 5%，交期 12 周内。",
	"可靠性与本地服务；需提供同行业案例。", "投资回收期不超过三年。"}

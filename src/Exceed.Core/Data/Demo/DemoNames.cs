namespace Exceed.Core.Data.Demo;

/// <summary>Names to build believable customers from; the pinyin feeds email addresses and shop handles.</summary>
internal static class DemoNames
{
    public static readonly (string Hanzi, string Pinyin)[] Surnames =
    [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("赵", "zhao"),
        ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"),
        ("高", "gao"), ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"), ("罗", "luo"), ("梁", "liang"),
        ("宋", "song"), ("郑", "zheng"), ("谢", "xie"), ("韩", "han"), ("唐", "tang"), ("冯", "feng"), ("于", "yu"),
        ("董", "dong"), ("萧", "xiao"), ("程", "cheng"), ("曹", "cao"), ("袁", "yuan"), ("邓", "deng"), ("许", "xu"),
    ];

    public static readonly (string Hanzi, string Pinyin)[] GivenNames =
    [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
        ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"),
        ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia"), ("平", "ping"),
        ("刚", "gang"), ("桂英", "guiying"), ("晓东", "xiaodong"), ("雨涵", "yuhan"), ("子轩", "zixuan"), ("欣怡", "xinyi"),
        ("浩然", "haoran"), ("梓涵", "zihan"), ("思远", "siyuan"), ("佳怡", "jiayi"), ("一鸣", "yiming"), ("海燕", "haiyan"),
    ];

    /// <summary>Given names as written in Hong Kong and Taiwan, in Traditional characters.</summary>
    public static readonly (string Hanzi, string Romanised)[] TraditionalGivenNames =
    [
        ("嘉欣", "kayan"), ("志明", "chiming"), ("美玲", "meiling"), ("家豪", "kaho"), ("詠詩", "wingsze"), ("俊傑", "chunkit"),
        ("淑芬", "shufen"), ("冠宇", "kuanyu"), ("雅婷", "yating"), ("偉倫", "wailun"), ("曉彤", "hiutung"), ("建宏", "chienhung"),
    ];

    public static readonly string[] TraditionalSurnames = ["陳", "黃", "林", "張", "李", "吳", "劉", "蔡", "楊", "許", "鄭", "謝"];

    public static readonly string[] EnglishGiven =
    [
        "James", "Emma", "Oliver", "Sophie", "Daniel", "Grace", "Michael", "Hannah", "David", "Chloe", "Thomas", "Lucy",
        "Robert", "Emily", "William", "Olivia", "Peter", "Sarah", "Andrew", "Laura", "Mark", "Rachel", "Ethan", "Mia",
    ];

    public static readonly string[] EnglishFamily =
    [
        "Smith", "Brown", "Taylor", "Wilson", "Johnson", "Walker", "Wright", "Thompson", "Evans", "Roberts", "Green",
        "Hall", "Wood", "Clarke", "Jackson", "Baker", "Harris", "Martin", "Lee", "Turner", "Parker", "Cooper", "Ward",
    ];

    /// <summary>Female given names, so salutations read naturally.</summary>
    public static readonly HashSet<string> Female =
    [
        "芳", "娜", "秀英", "敏", "静", "丽", "艳", "娟", "秀兰", "霞", "桂英", "雨涵", "欣怡", "梓涵", "佳怡", "海燕",
        "嘉欣", "美玲", "詠詩", "淑芬", "雅婷", "曉彤",
        "Emma", "Sophie", "Grace", "Hannah", "Chloe", "Lucy", "Emily", "Olivia", "Sarah", "Laura", "Rachel", "Mia",
    ];

    public static readonly string[] EmailDomains = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com"];
}

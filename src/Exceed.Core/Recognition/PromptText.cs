using System.Globalization;
using Exceed.Core.Customers;

namespace Exceed.Core.Recognition;

/// <summary>The words of anticipation prompts, in the agent's language.</summary>
internal abstract class PromptText
{
    public static PromptText For(string language, Salutation salutation) => language switch
    {
        "en" => new English(salutation),
        "zh-Hant" => new Chinese(salutation, traditional: true),
        _ => new Chinese(salutation, traditional: false),
    };

    public abstract string Prepare(string need);
    public abstract string Avoid(string dislike);
    public abstract string Likes(string like);
    public abstract string Usually(string item);
    public abstract string AskAboutWish(string item, DateTimeOffset wishedAt, bool withYear);
    public abstract string DateSoon(ImportantDate date, DateOnly on, bool isToday);

    private sealed class English(Salutation salutation) : PromptText
    {
        private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");
        private string Subject => salutation switch { Salutation.Mr => "He", Salutation.Ms => "She", _ => "They" };
        private string Object => salutation switch { Salutation.Mr => "he", Salutation.Ms => "she", _ => "they" };
        private string Possessive => salutation switch { Salutation.Mr => "his", Salutation.Ms => "her", _ => "their" };
        private string S => salutation == Salutation.None ? "" : "s";

        public override string Prepare(string need) => $"Prepare {need}";
        public override string Avoid(string dislike) => $"Avoid {dislike}";
        public override string Likes(string like) => $"{Subject} like{S} {like}";
        public override string Usually(string item) => $"{Subject} usually take{S} {item}";

        public override string AskAboutWish(string item, DateTimeOffset wishedAt, bool withYear) =>
            $"Ask about the {item} {Object} wanted in {wishedAt.ToString(withYear ? "MMMM yyyy" : "MMMM", Culture)}";

        public override string DateSoon(ImportantDate date, DateOnly on, bool isToday)
        {
            var what = date.Kind switch
            {
                ImportantDateKind.Birthday => $"{Possessive} birthday",
                ImportantDateKind.Anniversary => $"{Possessive} anniversary",
                _ => date.Label ?? "an important date",
            };
            return isToday
                ? $"Today is {what}: a small surprise?"
                : $"{char.ToUpperInvariant(what[0])}{what[1..]} is on {on.ToString("dddd d MMMM", Culture)}: a small surprise?";
        }
    }

    private sealed class Chinese(Salutation salutation, bool traditional) : PromptText
    {
        private string Pronoun => salutation switch { Salutation.Mr => "他", Salutation.Ms => "她", _ => traditional ? "這位顧客" : "这位顾客" };

        public override string Prepare(string need) => (traditional ? "請準備：" : "请准备：") + need;
        public override string Avoid(string dislike) => "避免：" + dislike;
        public override string Likes(string like) => $"{Pronoun}喜{(traditional ? "歡" : "欢")}{like}";
        public override string Usually(string item) => $"{Pronoun}{(traditional ? "常買" : "常买")}{item}";

        public override string AskAboutWish(string item, DateTimeOffset wishedAt, bool withYear)
        {
            var when = withYear ? $"{wishedAt.Year}年{wishedAt.Month}月" : $"{wishedAt.Month}月";
            return traditional ? $"問問{Pronoun}{when}想要的{item}" : $"问问{Pronoun}{when}想要的{item}";
        }

        public override string DateSoon(ImportantDate date, DateOnly on, bool isToday)
        {
            var what = date.Kind switch
            {
                ImportantDateKind.Birthday => "生日",
                ImportantDateKind.Anniversary => traditional ? "紀念日" : "纪念日",
                _ => date.Label ?? "重要日子",
            };
            var surprise = traditional ? "準備個小驚喜？" : "准备个小惊喜？";
            return isToday
                ? $"今天是{Pronoun}的{what}，{surprise}"
                : $"{on.Month}月{on.Day}日是{Pronoun}的{what}，{surprise}";
        }
    }
}

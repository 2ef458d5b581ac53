namespace Exceed.Core.Language;

/// <summary>
/// The conditional rule (rule 36, seed 003 "先安抚认错,再协商问题"): when the customer's last message is a complaint, the
/// reply must apologise; the mark covers the first sentence, where the apology belongs.
/// </summary>
internal static class MissingApologyRule
{
    public const string RuleId = "complaint-apology";

    private static readonly Dictionary<string, (string Reason, string Suggestion)> Messages = new()
    {
        [ReplyLanguages.Simplified] = ("客户在投诉:先真诚道歉、承担责任,再谈解决办法。", "非常抱歉给您带来不便,这是我们的疏忽,我马上为您处理。"),
        [ReplyLanguages.Traditional] = ("客戶在投訴:先真誠道歉、承擔責任,再談解決辦法。", "非常抱歉給您帶來不便,這是我們的疏忽,我馬上為您處理。"),
        [ReplyLanguages.English] = ("The customer is complaining: apologise and take ownership before anything else.",
            "I'm so sorry about this; that's our mistake, and I'll put it right for you now."),
    };

    public static ReplyProblem Problem(string language, string text)
    {
        var (reason, suggestion) = Messages[language];
        var end = 0;
        while (end < text.Length && !TextFolding.EndsSentence(TextFolding.FoldChar(text[end])))
        {
            end++;
        }
        end = Math.Min(text.Length, end + 1);
        return new ReplyProblem(ProblemKinds.MissingApology, 0, end, reason, suggestion, RuleId);
    }
}

namespace Exceed.Core.Language;

/// <summary>One problem in a reply: where it is (UTF-16 offsets into the original text), why, and the better wording.</summary>
public sealed record ReplyProblem(string Kind, int Start, int Length, string Reason, string Suggestion, string RuleId);

/// <summary>The checker's answer: the language it checked in, and the problems (empty when the reply is fine).</summary>
public sealed record ReplyCheck(string Language, IReadOnlyList<ReplyProblem> Problems);

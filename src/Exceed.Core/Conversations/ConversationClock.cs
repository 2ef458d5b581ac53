namespace Exceed.Core.Conversations;

/// <summary>Response targets (Exceed:Service): first answer, and the update a customer with an open problem is owed.</summary>
public sealed class ServiceTargets
{
    public int FirstResponseMinutes { get; set; } = 60;
    /// <summary>The 20-minute rule: while a problem is open, the customer hears from us at least this often.</summary>
    public int UpdateMinutes { get; set; } = 20;
}

/// <summary>When each target falls due for a conversation.</summary>
public sealed class ConversationClock(ServiceTargets targets)
{
    public DateTimeOffset FirstResponseDue(DateTimeOffset from) => from.AddMinutes(targets.FirstResponseMinutes);

    public DateTimeOffset UpdateDue(DateTimeOffset from) => from.AddMinutes(targets.UpdateMinutes);
}

using Exceed.Core.Deadlines;

namespace Exceed.Core.Conversations;

/// <summary>Response targets (Exceed:Service), in minutes while the business is open: first answer, and the update a customer with an open problem is owed.</summary>
public sealed class ServiceTargets
{
    public int FirstResponseMinutes { get; set; } = 60;
    /// <summary>The 20-minute rule: while a problem is open, the customer hears from us at least this often.</summary>
    public int UpdateMinutes { get; set; } = 20;

    public void Validate()
    {
        if (FirstResponseMinutes is < 1 or > 100_000 || UpdateMinutes is < 1 or > 100_000)
        {
            throw new InvalidOperationException("Exceed:Service:FirstResponseMinutes and UpdateMinutes must be whole minutes from 1 to 100000.");
        }
    }
}

/// <summary>When each target falls due for a conversation, counting only the business's open hours.</summary>
public sealed class ConversationClock(ServiceTargets targets, BusinessCalendar calendar)
{
    public DateTimeOffset FirstResponseDue(DateTimeOffset from) => calendar.AddOpenMinutes(from, targets.FirstResponseMinutes);

    public DateTimeOffset UpdateDue(DateTimeOffset from) => calendar.AddOpenMinutes(from, targets.UpdateMinutes);
}

using Exceed.Core.Conversations;
using Exceed.Core.Widget;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Components.Conversations;

/// <summary>
/// The chat visitor sees the agent typing a reply (never a note): at most one signal per <see cref="TypingEvery"/> while
/// the agent writes. The widget hides it a few seconds after the last signal, or as soon as the reply arrives.
/// </summary>
public partial class Composer
{
    private static readonly TimeSpan TypingEvery = TimeSpan.FromMilliseconds(2500);
    private long? typingSignalledAt;

    private async Task SignalTypingAsync()
    {
        if (Channel != ChannelKind.Chat || asNote || draft.Length == 0
            || (typingSignalledAt is { } at && Clock.GetElapsedTime(at) < TypingEvery))
        {
            return;
        }
        typingSignalledAt = Clock.GetTimestamp();
        await Scopes.RunAsync<WidgetChat, bool>(async chat =>
            (await chat.SignalAsync(ConversationId, SignalSide.Agent, SignalKind.Typing)).Succeeded);
    }
}

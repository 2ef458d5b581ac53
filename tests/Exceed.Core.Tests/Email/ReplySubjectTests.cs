using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

public sealed class ReplySubjectTests
{
    [Theory]
    [InlineData("订单 #1234 还没到", "Re: 订单 #1234 还没到")]
    [InlineData("Re: 订单 #1234 还没到", "Re: 订单 #1234 还没到")]
    [InlineData("RE: Re: re:Where is my order", "Re: Where is my order")]
    [InlineData("回复：Re: 订单", "Re: 订单")]
    [InlineData("回覆: 訂單", "Re: 訂單")]
    [InlineData("答复: AW: Re[3]: Lieferung", "Re: Lieferung")]
    [InlineData("Fwd: a friend's question", "Re: Fwd: a friend's question")]
    [InlineData("Regarding my refund", "Re: Regarding my refund")]
    [InlineData("", "Re:")]
    public void A_reply_subject_has_one_re_however_long_the_thread(string original, string expected) =>
        Assert.Equal(expected, ReplySubject.For(original));
}

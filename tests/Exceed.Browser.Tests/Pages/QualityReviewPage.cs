namespace Exceed.Browser.Tests.Pages;

/// <summary>/quality: the quality review (质检) of sent replies, agents' scores, rules and flagged replies.</summary>
public sealed class QualityReviewPage(IPage page)
{
    public static async Task<QualityReviewPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/quality");
        await page.Locator("[data-testid=agent-scores]").WaitForAsync();
        return new QualityReviewPage(page);
    }

    public ILocator AgentRow(string name) => page.Locator("[data-testid=agent-score]").Filter(new LocatorFilterOptions { HasText = name });

    public ILocator FlaggedExamples => page.Locator("[data-testid=flagged-example]");

    public async Task<string> OpenFirstFlaggedConversationAsync()
    {
        await FlaggedExamples.First.Locator("[data-testid=example-link]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/conversations/", StringComparison.Ordinal));
        return page.Url;
    }
}

namespace Exceed.Browser.Tests.Pages;

/// <summary>/import: upload the shop's spreadsheet, check every row, import.</summary>
public sealed class ImportPage(IPage page)
{
    public ILocator Mapping => page.Locator("[data-testid=mapping]");
    public ILocator Report => page.Locator("[data-testid=report]");
    public ILocator RowErrors => page.Locator("[data-testid=row-errors] li");

    public async Task OpenAsync()
    {
        await page.GotoAsync("/import");
        await page.Locator("[data-testid=file]").WaitForAsync();
    }

    public async Task UploadAsync(string fileName, string content)
    {
        await page.Locator("[data-testid=file]").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(content),
        });
        await Mapping.WaitForAsync();
    }

    public Task CheckEveryRowAsync() => page.ClickAsync("[data-testid=dry-run]");

    public async Task ImportGoodRowsOnlyAsync()
    {
        await page.CheckAsync("[data-testid=good-rows-only]");
        await page.ClickAsync("[data-testid=apply]");
        await page.Locator("[data-testid=report][data-applied=yes]").WaitForAsync();
    }
}

import { describe, expect, it } from "vitest";
import { CsvNumber, csvColumns, spreadsheetCell, spreadsheetCsv, spreadsheetCsvText } from "@/lib/csv/spreadsheet-csv";
import { parseCsvRecords } from "../support/parse-csv";

describe("spreadsheetCell: the one guard every CSV cell goes through", () => {
  it.each([
    ['=HYPERLINK("https://evil.example","Click")', '"\'=HYPERLINK(""https://evil.example"",""Click"")"'],
    ["+44 7700 900123", "'+44 7700 900123"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", '"\'\r=1+1"'],
    // Importers that trim leading spaces first, and the full-width forms some spreadsheets read.
    ["  =1+1", "'  =1+1"],
    ["\n=1+1", '"\'\n=1+1"'],
    ["＝1+1", "'＝1+1"],
    // Text that only contains those characters later is left alone.
    ["Flat 2, 10-12 High St", '"Flat 2, 10-12 High St"'],
    ["jo@example.org", "jo@example.org"],
    ["", ""],
  ])("%j is written as %s", (value, written) => {
    expect(spreadsheetCell(value)).toBe(written);
  });

  it("guards text that looks like a negative number: text is text, whoever typed it", () => {
    expect(spreadsheetCell("-12.50")).toBe("'-12.50");
  });

  it("writes numbers the site worked out as numbers, negative ones included", () => {
    expect(spreadsheetCell(CsvNumber.pounds(2500))).toBe("25.00");
    expect(spreadsheetCell(CsvNumber.pounds(-1250))).toBe("-12.50");
    expect(spreadsheetCell(CsvNumber.pounds(-5))).toBe("-0.05");
    expect(spreadsheetCell(CsvNumber.of(-3))).toBe("-3");
    expect(() => CsvNumber.pounds(12.5)).toThrow(RangeError);
    expect(() => CsvNumber.of(Number.NaN)).toThrow(RangeError);
  });

  it("writes nothing for a missing value", () => {
    expect(spreadsheetCell(null)).toBe("");
    expect(spreadsheetCell(undefined)).toBe("");
  });
});

describe("spreadsheetCsv", () => {
  const columns = csvColumns("name", "amount");

  it("streams the header then every row, from an async iterator, read as a spreadsheet reads it", async () => {
    async function* rows() {
      for (let i = 0; i < 1001; i++) yield { name: i === 1000 ? "=last" : `Donor ${i}`, amount: CsvNumber.pounds(i) };
    }
    const records = parseCsvRecords(await spreadsheetCsvText({ columns, rows: rows() }));
    expect(records[0]).toEqual(["name", "amount"]);
    expect(records).toHaveLength(1002);
    expect(records[1]).toEqual(["Donor 0", "0.00"]);
    expect(records[1001]).toEqual(["'=last", "10.00"]);
  });

  it("writes an empty export as its header alone", async () => {
    expect(await spreadsheetCsvText({ columns, rows: [] })).toBe("name,amount\n");
  });

  it("fails the download, rather than ending it early, when reading rows fails", async () => {
    async function* rows() {
      yield { name: "first", amount: null };
      throw new Error("database went away");
    }
    await expect(new Response(spreadsheetCsv(columns, rows())).text()).rejects.toThrow("database went away");
  });
});

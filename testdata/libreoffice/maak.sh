#!/usr/bin/env bash
# Writes the hand-made flat OpenDocument sources in bron/ with printf (no
# spreadsheet library) and converts them with LibreOffice headless, so the
# tests read workbooks from another writer than excelize. See README.md.
# Needs soffice; the tests only need the committed results.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p bron map-ods

HEAD='<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by ../maak.sh; see ../README.md. -->
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:percentage-style style:name="pct1"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:percentage-style style:name="pct0"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:date-style style:name="datum"><number:day number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
  <style:style style:name="p1" style:family="table-cell" style:data-style-name="pct1"/>
  <style:style style:name="p0" style:family="table-cell" style:data-style-name="pct0"/>
  <style:style style:name="d" style:family="table-cell" style:data-style-name="datum"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet>'
TAIL=' </office:spreadsheet></office:body>
</office:document>'

# Cells: s text, n number, p1/p0 a percentage shown with 1 or 0 decimals
# (value, shown text), a a hyperlink (target, text), e empty.
s() { printf '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' "$1"; }
n() { printf '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' "$1" "$1"; }
p1() { printf '<table:table-cell table:style-name="p1" office:value-type="percentage" office:value="%s"><text:p>%s</text:p></table:table-cell>' "$1" "$2"; }
p0() { printf '<table:table-cell table:style-name="p0" office:value-type="percentage" office:value="%s"><text:p>%s</text:p></table:table-cell>' "$1" "$2"; }
a() { printf '<table:table-cell office:value-type="string"><text:p><text:a xlink:href="%s" xlink:type="simple">%s</text:a></text:p></table:table-cell>' "$1" "$2"; }
e() { printf '<table:table-cell/>'; }
row() { printf '   <table:table-row>%s</table:table-row>\n' "$*"; }
tab() { printf '  <table:table table:name="%s">\n' "$1"; }
endtab() { printf '  </table:table>\n'; }

rapport() { # $1: the cell of Drempel toelichting (%)
	tab Rapport
	row "$(s Veld)$(s Waarde)"
	row "$(s Gemeente)$(s Groningen)"
	row "$(s Titel)$(s 'Jaarverslag Welzijn, gezondheid en zorg')"
	row "$(s Verslagjaar)$(n 2025)"
	row "$(s Portefeuille)$(s 'Welzijn, gezondheid en zorg')"
	row "$(s Peildatum)"'<table:table-cell table:style-name="d" office:value-type="date" office:date-value="2025-12-31"><text:p>31-12-2025</text:p></table:table-cell>'
	row "$(s 'Drempel toelichting (€)')$(n 1000000)"
	row "$(s 'Drempel toelichting (%)')$1"
	endtab
}
domeinen() {
	tab Domeinen
	row "$(s Volgorde)$(s Domein)"
	row "$(n 1)$(s Jeugd)"
	row "$(n 2)$(s 'Publieke gezondheid')"
	endtab
}
kerncijfers_kop() { row "$(s Domein)$(s Indicator)$(s Eenheid)$(s Verslagjaar)$(s 'Vorig jaar')$(s Streefwaarde)$(s Bron)"; }
financien_kop() { row "$(s Domein)$(s Omschrijving)$(s Soort)$(s 'Begroting na wijziging')$(s Realisatie)$(s Toelichting)"; }

# procent: percentages typed as 12,5% (stored 0.125 with a percent format)
# where a percentage is meant: Kerncijfers with Eenheid % and the Rapport
# threshold of 10%; one key figure typed as a plain 12,5.
{
	echo "$HEAD"
	rapport "$(p0 0.1 10%)"
	domeinen
	tab Kerncijfers
	kerncijfers_kop
	row "$(s Jeugd)$(s 'Jongeren met een startkwalificatie')$(s %)$(p1 0.125 12,5%)$(p1 0.11 11,0%)$(p0 0.15 15%)$(s CBS)"
	row "$(s Jeugd)$(s 'Jeugdigen met jeugdhulp')$(s aantal)$(n 1500)$(n 1450)$(e)$(s CBS)"
	row "$(s 'Publieke gezondheid')$(s 'Volwassenen die roken')$(s %)$(n 12.5)$(n 14)$(n 10)$(s GGD)"
	endtab
	tab Financien
	financien_kop
	row "$(s Jeugd)$(s Jeugdhulp)$(s Lasten)$(n 1000000)$(n 1080000)$(e)"
	endtab
	echo "$TAIL"
} > bron/procent.fods

# procent-fout: percentages where none is meant: a key figure counted in
# "aantal" and an amount in euros.
{
	echo "$HEAD"
	rapport "$(n 10)"
	domeinen
	tab Kerncijfers
	kerncijfers_kop
	row "$(s Jeugd)$(s 'Jeugdigen met jeugdhulp')$(s aantal)$(p1 0.125 12,5%)$(n 1450)$(e)$(s CBS)"
	endtab
	tab Financien
	financien_kop
	row "$(s Jeugd)$(s Jeugdhulp)$(s Lasten)$(n 1000000)$(p0 0.95 95%)$(e)"
	endtab
	echo "$TAIL"
} > bron/procent-fout.fods

# bladnamen: near misses of contract sheets, a sheet with Financien's
# columns under another name, and two sheets that are not input.
{
	echo "$HEAD"
	rapport "$(n 10)"
	domeinen
	tab 'Kerncijfers 2025'
	kerncijfers_kop
	row "$(s Jeugd)$(s 'Jeugdigen met jeugdhulp')$(s aantal)$(n 1500)$(n 1450)$(e)$(s CBS)"
	row "$(s Jeugd)$(s 'Wachtenden op jeugdhulp')$(s aantal)$(n 120)$(n 180)$(n 100)$(s 'Eigen registratie')"
	row "$(s 'Publieke gezondheid')$(s 'Volwassenen die roken')$(s %)$(n 12.5)$(n 14)$(n 10)$(s GGD)"
	endtab
	tab 'Coalitie akkoord'
	row "$(s ID)$(s Domein)$(s 'Beschreven actie')$(s 'Concrete invulling')$(s Uitvoering)$(s Status)"
	row "$(s CA-01)$(s Jeugd)$(s 'Basisjeugdhulp in elke wijk')$(s 'Lichte hulp zonder wachtlijst')$(s 'In alle wijken gestart')$(s Gereed)"
	endtab
	tab Resultaten
	row "$(s ID)$(s Domein)$(s Piramideniveau)$(s Resultaat)$(s Actie-ID)"
	row "$(s R-01)$(s Jeugd)$(s 'Hulp en ondersteuning')$(s 'Basisjeugdhulp afgerond')$(s CA-01)"
	endtab
	tab Blad2
	financien_kop
	row "$(s Jeugd)$(s Jeugdhulp)$(s Lasten)$(n 111000000)$(n 111500000)$(e)"
	endtab
	tab Instructie
	row "$(s 'Vul de bladen in en stuur het bestand naar F&amp;C.')"
	endtab
	tab Blad1
	endtab
	echo "$TAIL"
} > bron/bladnamen.fods

# rapport and jeugd: F&C's file and a department's, for the folder map-ods.
{
	echo "$HEAD"
	rapport "$(n 10)"
	domeinen
	echo "$TAIL"
} > bron/rapport.fods
{
	echo "$HEAD"
	tab Kerncijfers
	kerncijfers_kop
	row "$(s Jeugd)$(s 'Jeugdigen met jeugdhulp')$(s aantal)$(n 1500)$(n 1450)$(e)$(s CBS)"
	endtab
	tab Financien
	financien_kop
	row "$(s Jeugd)$(s 'Jeugdhulp en jeugdbescherming')$(s Lasten)$(n 110000000)$(n 111000000)$(s 'Meer jongeren in zorg')"
	endtab
	echo "$TAIL"
} > bron/jeugd.fods

# hyperlink: Links and Link cells holding a hyperlink with its own text,
# one whose text is its URL, two URLs as text, and a plain URL.
{
	echo "$HEAD"
	rapport "$(n 10)"
	domeinen
	tab Coalitieakkoord
	row "$(s ID)$(s Domein)$(s 'Beschreven actie')$(s 'Concrete invulling')$(s Uitvoering)$(s Status)$(s Links)"
	row "$(s CA-01)$(s Jeugd)$(s 'Onbegrepen gedrag aanpakken')$(s 'Actieplan met politie en zorg')$(s 'Het actieplan is vastgesteld')$(s Gereed)$(a 'https://gemeenteraad.groningen.nl/Documenten/Bijlage-2-Actieplan-2025-2028-onbegrepen-gedrag-met-een-veiligheidsrisico.pdf' 'Raadsbrief aanpak onbegrepen gedrag')"
	row "$(s CA-02)$(s Jeugd)$(s 'Basisjeugdhulp in elke wijk')$(s 'Lichte hulp zonder wachtlijst')$(s 'In alle wijken gestart')$(s 'Op schema')"'<table:table-cell office:value-type="string"><text:p>https://gemeente.groningen.nl/jeugd</text:p><text:p>https://www.kansrijkestartgroningen.nl/</text:p></table:table-cell>'
	row "$(s CA-03)$(s 'Publieke gezondheid')$(s 'Veerkrachtcoalitie')$(s 'Mentale gezondheid van jongeren')$(s 'Campagne gestart')$(s 'Op schema')$(a 'https://mindus.nl/aanpak/veerkrachtcoalitie/' 'https://mindus.nl/aanpak/veerkrachtcoalitie/')"
	endtab
	tab Resultaten
	row "$(s ID)$(s Domein)$(s Piramideniveau)$(s Resultaat)$(s Actie-ID)$(s Link)"
	row "$(s R-01)$(s Jeugd)$(s 'Hulp en ondersteuning')$(s 'Basisjeugdhulp afgerond')$(s CA-02)$(a 'https://gemeenteraad.groningen.nl/Documenten/Evaluatie-Basis-jeugdhulp-2023-2024.pdf' 'Evaluatie basisjeugdhulp 2023-2024')"
	endtab
	tab Plannen
	row "$(s ID)$(s Domein)$(s Plan)$(s Actie-ID)$(s 'Gereed in')$(s Link)"
	row "$(s P-01)$(s 'Publieke gezondheid')$(s 'Het Aanvullend Zorg- en Welzijnsakkoord uitvoeren')$(s CA-03)$(s 2026)$(s 'https://gezondgroningen.nl/netwerk/regiovisie/')"
	endtab
	echo "$TAIL"
} > bron/hyperlink.fods

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in procent procent-fout bladnamen hyperlink; do
	soffice --headless --convert-to xlsx --outdir "$out" "bron/$f.fods" >/dev/null 2>&1
	cp "$out/$f.xlsx" "$f.xlsx"
done
# map-ods: F&C's workbook, a department that saved as .ods (LibreOffice's
# default), the same as .csv, and a PDF that is not input.
soffice --headless --convert-to xlsx --outdir "$out" bron/rapport.fods >/dev/null 2>&1
soffice --headless --convert-to ods --outdir "$out" bron/jeugd.fods >/dev/null 2>&1
soffice --headless --convert-to pdf --outdir "$out" bron/jeugd.fods >/dev/null 2>&1
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76' --outdir "$out" bron/jeugd.fods >/dev/null 2>&1
cp "$out/rapport.xlsx" map-ods/rapport.xlsx
cp "$out/jeugd.ods" map-ods/jeugd.ods
cp "$out/jeugd.csv" map-ods/jeugd.csv
cp "$out/jeugd.pdf" map-ods/toelichting.pdf

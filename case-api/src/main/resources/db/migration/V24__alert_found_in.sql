-- Where in a payment message or trade transaction a hit was found (CdtTrfTxInf/Dbtr/Nm, :50K:), comma-separated;
-- null for a party screened on its own.
ALTER TABLE alert ADD COLUMN found_in VARCHAR(2000);
-- The words of the message the strongest hit was found on (a free text's span, an MT name's two lines, a BIC).
ALTER TABLE alert ADD COLUMN found_text VARCHAR(1000);

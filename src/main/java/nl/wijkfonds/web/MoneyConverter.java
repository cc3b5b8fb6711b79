package nl.wijkfonds.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.web.Feedback;

import java.math.BigDecimal;
import java.text.NumberFormat;

/** Reads and shows amounts of euros in form fields, in the person's own number format. */
@FacesConverter(forClass = Money.class)
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Money.parse(typed);
        } catch (IllegalArgumentException | ArithmeticException notAnAmount) {
            String text = Feedback.text("validation.money");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), notAnAmount);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(context.getViewRoot().getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(money.cents(), 2));
    }
}
